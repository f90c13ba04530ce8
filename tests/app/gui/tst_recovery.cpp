// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave, crash recovery and the second-instance lock, with real processes: this test runs
// itself as the GUI ("--child MODE FILE": the main window on a document, as main_gui builds
// it), edits, waits for the autosave, is killed with SIGKILL and started again.
#include "app/document/autosaver.h"
#include "app/document/commands/cmditemadd.h"
#include "app/document/commands/itemproperties.h"
#include "app/document/projectdocument.h"
#include "app/document/sidecarfiles.h"
#include "app/gui/mainwindow.h"
#include "core/model/sampleproject.h"
#include "core/storage/projectfile.h"
#include "tests/app/gui/mainwindowaccess.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace taktflow;

namespace {

/** The edits a child makes: one item moved 7 m east, one item added. */
void makeEdits(app::ProjectDocument &document)
{
    const core::Variant &variant = *document.currentVariant();
    const core::LayoutItem &first = variant.items.front();
    app::Placement moved = app::Placement::of(first);
    moved.xM += 7.0;
    document.undoStack()->push(new app::CmdItemPlace(&document, variant.id, {{first.id, moved}}));
    core::LayoutItem added = first;
    added.id = app::uniqueItemId(variant, QStringLiteral("R"));
    added.name = QStringLiteral("Recovered press");
    added.yM += 30.0;
    document.undoStack()->push(new app::CmdItemAdd(&document, variant.id, {added}));
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Child modes: "edit" edits and waits to be killed; "report" prints what the start restored. */
int runChild(const QString &mode, const QString &file)
{
    app::ProjectDocument document;
    app::MainWindow window(&document);
    if (!file.isEmpty() && !document.open(file))
        return 3;
    if (file.isEmpty() && mode == QLatin1String("edit"))
        document.reset(core::makeSampleProject(), {}); // untitled work
    window.show();
    window.offerRecovery();
    if (mode == QLatin1String("edit")) {
        makeEdits(document);
        QElapsedTimer clock;
        clock.start();
        bool written = false;
        QObject::connect(parts(window).autosaver(), &app::Autosaver::autosaved, [&written] { written = true; });
        while (!written && clock.elapsed() < 30000)
            QTest::qWait(20);
        std::printf("%s %s\n", written ? "AUTOSAVED" : "TIMEOUT", document.isReadOnly() ? "readonly" : "writable");
        std::fflush(stdout);
        return QApplication::exec(); // until killed
    }
    const core::Variant *variant = document.currentVariant();
    QJsonObject report{{QStringLiteral("modified"), document.isModified()},
                       {QStringLiteral("readOnly"), document.isReadOnly()},
                       {QStringLiteral("path"), document.filePath()},
                       {QStringLiteral("items"), variant ? int(variant->items.size()) : -1},
                       {QStringLiteral("firstX"), variant ? variant->items.front().xM : 0.0}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    if (mode == QLatin1String("save")) {
        if (!document.saveAs(document.filePath()))
            return 4;
        window.close();
    }
    return 0;
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir mHome;

    QProcessEnvironment childEnvironment(const QString &answer) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Settings and untitled autosaves of the children stay in this test's folder.
        env.insert(QStringLiteral("XDG_DATA_HOME"), mHome.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), mHome.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("TAKTFLOW_AUTOSAVE_INTERVAL_MS"), QStringLiteral("200"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        if (!answer.isEmpty())
            env.insert(QStringLiteral("TAKTFLOW_RECOVERY_ANSWER"), answer);
        return env;
    }

    /** Starts an editing child, waits for its autosave and kills it with SIGKILL. */
    void editAndKill(const QString &file, QString *status)
    {
        QProcess child;
        child.setProcessEnvironment(childEnvironment({}));
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), QStringLiteral("edit"), file});
        QVERIFY(child.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (!child.canReadLine() && clock.elapsed() < 60000)
            child.waitForReadyRead(200);
        *status = QString::fromUtf8(child.readLine()).trimmed();
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    }

    QJsonObject startAgain(const QString &mode, const QString &file, const QString &answer)
    {
        QProcess child;
        child.setProcessEnvironment(childEnvironment(answer));
        QStringList args{QStringLiteral("--child"), mode};
        if (!file.isEmpty())
            args << file;
        child.start(QCoreApplication::applicationFilePath(), args);
        if (!child.waitForFinished(60000) || child.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase() { QVERIFY(mHome.isValid()); }

    /** Kill after edits, start again, restore: the edits are back, marked unsaved; the file never changed. */
    void killedGuiIsRecovered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        const core::Project sample = core::makeSampleProject();
        QVERIFY(core::saveProject(sample, path));
        const QByteArray onDisk = bytesOf(path);
        const int items = int(sample.variants.front().items.size());
        const double firstX = sample.variants.front().items.front().xM;

        QString status;
        editAndKill(path, &status);
        QCOMPARE(status, QStringLiteral("AUTOSAVED writable"));
        QVERIFY(QFileInfo::exists(app::recoveryPathFor(path)));
        QCOMPARE(bytesOf(path), onDisk);
        // The crashed process's lock is taken over: the next start is not read-only.
        const QJsonObject restored = startAgain(QStringLiteral("report"), path, QStringLiteral("restore"));
        QVERIFY(!restored.isEmpty());
        QCOMPARE(restored.value(QStringLiteral("readOnly")).toBool(), false);
        QCOMPARE(restored.value(QStringLiteral("modified")).toBool(), true);
        QCOMPARE(restored.value(QStringLiteral("items")).toInt(), items + 1);
        QCOMPARE(restored.value(QStringLiteral("firstX")).toDouble(), firstX + 7.0);
        QCOMPARE(QFileInfo(restored.value(QStringLiteral("path")).toString()).absoluteFilePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(bytesOf(path), onDisk);
        // Restoring keeps the recovery file until the work is saved.
        QVERIFY(QFileInfo::exists(app::recoveryPathFor(path)));

        // Restore and save: the file holds the edits and the recovery file is gone.
        const QJsonObject saved = startAgain(QStringLiteral("save"), path, QStringLiteral("restore"));
        QCOMPARE(saved.value(QStringLiteral("items")).toInt(), items + 1);
        QVERIFY(!QFileInfo::exists(app::recoveryPathFor(path)));
        const core::LoadedProject reopened = core::openProject(path);
        QVERIFY(reopened.result);
        QCOMPARE(int(reopened.project->variants.front().items.size()), items + 1);
        QCOMPARE(reopened.project->variants.front().items.front().xM, firstX + 7.0);
    }

    /** Declining the offer deletes the autosave and shows the file as saved. */
    void declinedRecoveryIsDeleted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        const core::Project sample = core::makeSampleProject();
        QVERIFY(core::saveProject(sample, path));
        QString status;
        editAndKill(path, &status);
        QCOMPARE(status, QStringLiteral("AUTOSAVED writable"));
        const QJsonObject report = startAgain(QStringLiteral("report"), path, QStringLiteral("discard"));
        QCOMPARE(report.value(QStringLiteral("modified")).toBool(), false);
        QCOMPARE(report.value(QStringLiteral("items")).toInt(), int(sample.variants.front().items.size()));
        QVERIFY(!QFileInfo::exists(app::recoveryPathFor(path)));
    }

    /** Untitled work goes to the data folder and is offered on a start without a file. */
    void untitledWorkIsRecovered()
    {
        const QString folder = mHome.filePath(QStringLiteral("data"));
        QDir(folder).removeRecursively();
        QString status;
        editAndKill(QString(), &status);
        QCOMPARE(status, QStringLiteral("AUTOSAVED writable"));
        const QJsonObject restored = startAgain(QStringLiteral("report"), QString(), QStringLiteral("restore"));
        QCOMPARE(restored.value(QStringLiteral("modified")).toBool(), true);
        QCOMPARE(restored.value(QStringLiteral("path")).toString(), QString());
        QCOMPARE(restored.value(QStringLiteral("items")).toInt(), int(core::makeSampleProject().variants.front().items.size()) + 1);
    }

    /** A second instance opens the project read-only; Save is refused, Save As works. */
    void secondInstanceOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        QVERIFY(core::saveProject(core::makeSampleProject(), path));
        QProcess first;
        first.setProcessEnvironment(childEnvironment({}));
        first.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), QStringLiteral("edit"), path});
        QElapsedTimer clock;
        clock.start();
        while (!first.canReadLine() && clock.elapsed() < 60000)
            first.waitForReadyRead(200);
        QCOMPARE(QString::fromUtf8(first.readLine()).trimmed(), QStringLiteral("AUTOSAVED writable"));

        app::ProjectDocument second;
        QSignalSpy readOnly(&second, &app::ProjectDocument::readOnlyChanged);
        QVERIFY(second.open(path));
        QVERIFY(second.isReadOnly());
        QCOMPARE(readOnly.count(), 1);
        QVERIFY2(second.readOnlyReason().contains(QDir::toNativeSeparators(path)), qPrintable(second.readOnlyReason()));
        QVERIFY(second.readOnlyReason().contains(QString::number(first.processId())));
        const QByteArray before = bytesOf(path);
        const core::FileResult refused = second.saveAs(path);
        QVERIFY(!refused);
        QVERIFY(refused.message.contains(QLatin1String("read-only")));
        QCOMPARE(bytesOf(path), before);
        const QString copy = dir.filePath(QStringLiteral("copy.taktflow"));
        QVERIFY(second.saveAs(copy));
        QVERIFY(!second.isReadOnly());
        QCOMPARE(second.filePath(), copy);

        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(10000));
        // Once the other process is gone its lock is stale and the project opens writable.
        app::ProjectDocument third;
        QVERIFY(third.open(path));
        QVERIFY(!third.isReadOnly());
    }

    /** The same in one process (two windows): the lock counts per document, not per process. */
    void secondDocumentInProcessIsReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        QVERIFY(core::saveProject(core::makeSampleProject(), path));
        auto first = std::make_unique<app::ProjectDocument>();
        QVERIFY(first->open(path));
        QVERIFY(!first->isReadOnly());
        QVERIFY(first->open(path)); // reopening in the same document keeps its lock
        QVERIFY(!first->isReadOnly());
        app::ProjectDocument second;
        QVERIFY(second.open(path));
        QVERIFY(second.isReadOnly());
        // Save As onto a project open elsewhere is refused too.
        app::ProjectDocument third;
        third.reset(core::makeSampleProject(), {});
        QVERIFY(!third.saveAs(path));
        first.reset();
        QVERIFY(second.open(path));
        QVERIFY(!second.isReadOnly());
    }

    /** In-process: the timer writes the recovery file beside the project, a save removes it. */
    void autosaveFollowsTheDocument()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        QVERIFY(core::saveProject(core::makeSampleProject(), path));
        app::ProjectDocument document;
        QVERIFY(document.open(path));
        app::Autosaver autosaver(&document);
        autosaver.setIntervalMs(50);
        QSignalSpy written(&autosaver, &app::Autosaver::autosaved);
        QTest::qWait(200);
        QCOMPARE(written.count(), 0); // nothing unsaved, nothing written
        makeEdits(document);
        QVERIFY(written.wait(5000));
        const QString recovery = app::recoveryPathFor(path);
        QCOMPARE(written.first().first().toString(), recovery);
        const core::LoadedProject autosaved = core::openProject(recovery);
        QVERIFY(autosaved.result);
        QVERIFY(*autosaved.project == document.project());
        // No new edits, no new writes.
        QTest::qWait(300);
        QCOMPARE(written.count(), 1);
        QVERIFY(document.saveAs(path));
        QVERIFY(!QFileInfo::exists(recovery));
        // Undo after saving makes the document modified again: a new autosave; undoing back to
        // the saved state removes it.
        document.undoStack()->undo();
        QVERIFY(written.wait(5000));
        QVERIFY(QFileInfo::exists(recovery));
        document.undoStack()->redo();
        autosaver.waitForFinished();
        QTRY_VERIFY(!QFileInfo::exists(recovery));
        // A failing autosave (the folder vanished) is reported, never fatal.
        QSignalSpy failed(&autosaver, &app::Autosaver::autosaveFailed);
        document.undoStack()->undo();
        QVERIFY(QDir(dir.path()).removeRecursively());
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QLatin1String("plant.taktflow")));
    }
};

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Taktflow"));
    QApplication::setApplicationName(QStringLiteral("taktflow-recovery-test"));
    const QStringList args = QApplication::arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("--child"))
        return runChild(args[2], args.value(3));
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// "Open recent from the launcher" (issue 10): projects are announced in the desktop's shared
// recent-files list (XBEL) without disturbing other applications' entries, and the launcher's
// "Open Last Project" action (taktflow --open-last) opens the newest one that still exists.
#include "app/document/projectdocument.h"
#include "app/gui/desktoprecent.h"
#include "app/gui/guioptions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/recentfiles.h"
#include "core/model/sampleproject.h"
#include "core/storage/projectfile.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace taktflow;

namespace {

const QString kBookmarkNs = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString kMimeNs = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");

/** What an independent reading of an XBEL file finds for one bookmark. */
struct Bookmark {
    QString href, added, modified, mimeType;
    QStringList applications; ///< "name|exec|count" per application
    int privateMarks = 0;     ///< <bookmark:private/> elements (a GTK detail that must survive)
};

QList<Bookmark> readBookmarks(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader reader(&file);
    QList<Bookmark> bookmarks;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto attribute = [&](const char *name) { return reader.attributes().value(QLatin1String(name)).toString(); };
        if (reader.name() == QLatin1String("bookmark") && reader.namespaceUri().isEmpty())
            bookmarks.append({attribute("href"), attribute("added"), attribute("modified"), {}, {}, 0});
        else if (bookmarks.isEmpty())
            continue;
        else if (reader.namespaceUri() == kMimeNs && reader.name() == QLatin1String("mime-type"))
            bookmarks.last().mimeType = attribute("type");
        else if (reader.namespaceUri() == kBookmarkNs && reader.name() == QLatin1String("application"))
            bookmarks.last().applications.append(attribute("name") + u'|' + attribute("exec") + u'|' + attribute("count"));
        else if (reader.namespaceUri() == kBookmarkNs && reader.name() == QLatin1String("private"))
            ++bookmarks.last().privateMarks;
    }
    return reader.hasError() ? QList<Bookmark>{} : bookmarks;
}

app::RecentDocument taktflowUse(const QString &path, const QDateTime &when)
{
    return {path, QStringLiteral("application/x-taktflow-project"), QStringLiteral("Taktflow"),
            QStringLiteral("'taktflow %u'"), when};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

const QDateTime kMorning(QDate(2026, 11, 22), QTime(8, 30), Qt::UTC);
const QDateTime kEvening(QDate(2026, 11, 22), QTime(18, 15, 5), Qt::UTC);

} // namespace

class TestDesktopRecent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsTheListWhenThereIsNone()
    {
        QTemporaryDir dir;
        const QString xbel = dir.filePath(QStringLiteral("share/recently-used.xbel"));
        const QString project = dir.filePath(QStringLiteral("line A.taktflow"));
        QCOMPARE(app::noteRecentDocument(xbel, taktflowUse(project, kMorning)), QString());

        const QList<Bookmark> bookmarks = readBookmarks(xbel);
        QCOMPARE(bookmarks.size(), 1);
        // The space is percent-encoded as a file URL must be.
        QCOMPARE(bookmarks[0].href, QStringLiteral("file://") + QString(dir.path()).replace(u' ', QStringLiteral("%20")) +
                                        QStringLiteral("/line%20A.taktflow"));
        QCOMPARE(bookmarks[0].mimeType, QStringLiteral("application/x-taktflow-project"));
        QCOMPARE(bookmarks[0].applications, QStringList{QStringLiteral("Taktflow|'taktflow %u'|1")});
        QCOMPARE(bookmarks[0].added, QStringLiteral("2026-11-22T08:30:00.000Z"));
        QCOMPARE(bookmarks[0].modified, QStringLiteral("2026-11-22T08:30:00.000Z"));
    }

    void keepsOtherApplicationsAndRefreshesItsOwnEntry()
    {
        QTemporaryDir dir;
        const QString xbel = dir.filePath(QStringLiteral("recently-used.xbel"));
        const QString project = dir.filePath(QStringLiteral("plant.taktflow"));
        const QString projectUrl = QUrl::fromLocalFile(project).toString(QUrl::FullyEncoded);
        // As GTK writes it: a text editor's file (private to it) and our project used 3 times before.
        QByteArray gtkList = readAll(QStringLiteral(TAKTFLOW_TEST_DATA "/xbel/gtk-recently-used.xbel"));
        QVERIFY(gtkList.contains("@PROJECT_URL@"));
        writeFile(xbel, gtkList.replace("@PROJECT_URL@", projectUrl.toUtf8()));

        QCOMPARE(app::noteRecentDocument(xbel, taktflowUse(project, kEvening)), QString());
        const QList<Bookmark> bookmarks = readBookmarks(xbel);
        QCOMPARE(bookmarks.size(), 2);
        QCOMPARE(bookmarks[0].href, QStringLiteral("file:///home/eng/notes.txt"));
        QCOMPARE(bookmarks[0].mimeType, QStringLiteral("text/plain"));
        QCOMPARE(bookmarks[0].applications, QStringList{QStringLiteral("Text Editor|'gnome-text-editor %u'|7")});
        QCOMPARE(bookmarks[0].privateMarks, 1);
        QCOMPARE(bookmarks[1].href, projectUrl);
        QCOMPARE(bookmarks[1].added, QStringLiteral("2025-05-05T05:05:05.000000Z")); // first use kept
        QCOMPARE(bookmarks[1].modified, QStringLiteral("2026-11-22T18:15:05.000Z"));
        QCOMPARE(bookmarks[1].applications, QStringList{QStringLiteral("Taktflow|'taktflow %u'|4")});

        // Once more: still one entry for the project, counted again.
        QCOMPARE(app::noteRecentDocument(xbel, taktflowUse(project, kEvening.addSecs(60))), QString());
        const QList<Bookmark> again = readBookmarks(xbel);
        QCOMPARE(again.size(), 2);
        QCOMPARE(again[1].applications, QStringList{QStringLiteral("Taktflow|'taktflow %u'|5")});
    }

    void leavesAnUnreadableListUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("broken XML") << QByteArray("<?xml version=\"1.0\"?>\n<xbel version=\"1.0\">\n  <bookmark href=\"x\">\n</xbel>\n")
                                    << QStringLiteral(":4: ");
        QTest::newRow("another format") << QByteArray("<?xml version=\"1.0\"?>\n<html><body/></html>\n")
                                        << QStringLiteral(":2: not a desktop bookmark (XBEL) file");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage", 10) << QStringLiteral(":1: ");
    }

    void leavesAnUnreadableListUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString xbel = dir.filePath(QStringLiteral("recently-used.xbel"));
        writeFile(xbel, content);
        const QString problem =
            app::noteRecentDocument(xbel, taktflowUse(dir.filePath(QStringLiteral("p.taktflow")), kMorning));
        QVERIFY2(problem.startsWith(xbel + reason), qPrintable(problem));
        QCOMPARE(readAll(xbel), content);
    }

    void openLastOpensTheNewestExistingProject()
    {
        QTemporaryDir dir;
        const QString older = dir.filePath(QStringLiteral("older.taktflow"));
        const QString gone = dir.filePath(QStringLiteral("deleted.taktflow"));
        QVERIFY(core::saveProject(core::makeSampleProject(), older));
        QSettings().setValue(QStringLiteral("recentFiles"), QStringList{gone, older});

        app::GuiOptions options;
        QCOMPARE(app::parseGuiOptions({QStringLiteral("taktflow"), QStringLiteral("--open-last")}, &options),
                 std::optional<int>());
        QVERIFY(options.openLast);
        app::ProjectDocument document;
        app::MainWindow window(&document);
        QCOMPARE(app::applyGuiOptions(options, window, document), std::optional<int>());
        QCOMPARE(document.filePath(), older);
        // Opening from the launcher makes it the newest recent file, here and on the desktop.
        QCOMPARE(app::RecentFiles::files().value(0), older);
        const QList<Bookmark> bookmarks = readBookmarks(app::desktopRecentFilesPath());
        QVERIFY(!bookmarks.isEmpty());
        QCOMPARE(bookmarks.last().href, QUrl::fromLocalFile(older).toString(QUrl::FullyEncoded));
        QSettings().remove(QStringLiteral("recentFiles"));
    }

    void openLastWithoutRecentProjectsStartsEmpty()
    {
        QSettings().setValue(QStringLiteral("recentFiles"), QStringList{QStringLiteral("/nonexistent/x.taktflow")});
        app::GuiOptions options;
        options.openLast = true;
        app::ProjectDocument document;
        app::MainWindow window(&document);
        QCOMPARE(app::applyGuiOptions(options, window, document), std::optional<int>());
        QVERIFY(document.filePath().isEmpty());
        QSettings().remove(QStringLiteral("recentFiles"));
    }
};

QTEST_MAIN(TestDesktopRecent)
#include "tst_desktoprecent.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/projectfile.h"
#include "tests/common/generatedproject.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace taktflow;

class TestSaveKill : public QObject
{
    Q_OBJECT

private slots:
    /** A save killed at any moment leaves the old file or the new one, never a broken one. */
    void killDuringSaveNeverBreaksTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        test::GeneratedSizes sizes;
        sizes.items = 4000;
        sizes.tasks = 800;
        sizes.flows = 4000;
        const core::Project first = test::generateProject(sizes);
        sizes.seed = 2;
        const core::Project second = test::generateProject(sizes);
        QVERIFY(core::saveProject(first, path));

        QRandomGenerator random(20261122);
        int sawFirst = 0;
        int sawSecond = 0;
        int killedWhileSaving = 0;
        const int rounds = 12;
        for (int round = 0; round < rounds; ++round) {
            QProcess saver;
            saver.start(QStringLiteral(SAVEKILL_HELPER), {path});
            QVERIFY(saver.waitForStarted());
            // Generating the two projects takes a moment; then kill somewhere inside a save.
            QTest::qWait(300 + int(random.bounded(700)));
            ::kill(pid_t(saver.processId()), SIGKILL);
            QVERIFY(saver.waitForFinished());
            QCOMPARE(saver.exitStatus(), QProcess::CrashExit);
            // Kills after at least one finished save land in the save loop, between or inside saves.
            killedWhileSaving += saver.readAllStandardOutput().contains("saved");

            const core::LoadedProject loaded = core::openProject(path);
            QVERIFY2(loaded.result, qPrintable(loaded.result.message));
            const bool isFirst = *loaded.project == first;
            const bool isSecond = *loaded.project == second;
            QVERIFY(isFirst || isSecond);
            sawFirst += isFirst;
            sawSecond += isSecond;
        }
        QCOMPARE(sawFirst + sawSecond, rounds);
        QVERIFY2(killedWhileSaving >= rounds / 2, "too few kills landed while the helper was saving");
        qInfo("file held the first project %d times, the second %d times", sawFirst, sawSecond);
    }
};

QTEST_GUILESS_MAIN(TestSaveKill)
#include "tst_savekill.moc"

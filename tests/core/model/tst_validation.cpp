// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/sampleproject.h"
#include "core/model/validation.h"

#include <QTest>

using namespace taktflow::core;

namespace {

bool mentions(const std::vector<ModelProblem> &problems, const QString &object, const QString &text)
{
    for (const auto &problem : problems) {
        if (problem.object.contains(object) && problem.message.contains(text))
            return true;
    }
    return false;
}

QString describe(const std::vector<ModelProblem> &problems)
{
    QStringList lines;
    for (const auto &problem : problems)
        lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void sampleIsValid()
    {
        const auto problems = validateProject(makeSampleProject());
        QVERIFY2(problems.empty(), qPrintable(describe(problems)));
    }

    void precedenceCycleNamesTheTasks()
    {
        Project project = makeSampleProject();
        auto &tasks = project.variants[0].lines[0].tasks;
        tasks[0].predecessors << QStringLiteral("T4"); // T1 <- T4 <- T3 <- T1
        const auto problems = validateProject(project);
        QVERIFY2(mentions(problems, QStringLiteral("line 'L1'"), QStringLiteral("precedence cycle")),
                 qPrintable(describe(problems)));
        const QStringList cycle = findPrecedenceCycle(tasks);
        QCOMPARE(cycle.front(), cycle.back());
        QVERIFY(cycle.contains(QStringLiteral("T1")));
        QVERIFY(cycle.contains(QStringLiteral("T4")));
        QVERIFY(!cycle.contains(QStringLiteral("T12")));
    }

    void backgroundPlanValuesAreChecked()
    {
        Project project = makeSampleProject();
        BackgroundPlan plan;
        plan.data = QByteArray("0\nSECTION\n");
        project.variants[0].background = plan;
        QVERIFY(validateProject(project).empty());
        project.variants[0].background->metresPerUnit = 0.0;
        project.variants[0].background->opacity = 1.5;
        project.variants[0].background->originYM = qInf();
        const auto problems = validateProject(project);
        QCOMPARE(problems.size(), std::size_t(3));
        QVERIFY2(mentions(problems, QStringLiteral("background plan"), QStringLiteral("scale must be greater than zero")),
                 qPrintable(describe(problems)));
        QVERIFY(mentions(problems, QStringLiteral("background plan"), QStringLiteral("opacity 1.5")));
        QVERIFY(mentions(problems, QStringLiteral("background plan"), QStringLiteral("origin y")));
    }

    void acyclicGraphHasNoCycle()
    {
        QVERIFY(findPrecedenceCycle(makeSampleProject().variants[0].lines[0].tasks).isEmpty());
    }

    void negativeTimeNamesTheTask()
    {
        Project project = makeSampleProject();
        project.variants[1].lines[0].tasks[4].timeS = -2;
        const auto problems = validateProject(project);
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY2(mentions(problems, QStringLiteral("variant 'Cell layout' / line 'L1' / task 'T5'"),
                          QStringLiteral("negative time")),
                 qPrintable(describe(problems)));
    }

    void duplicateIdsAreNamed()
    {
        Project project = makeSampleProject();
        project.variants[0].items[3].id = QStringLiteral("IN");
        project.variants[2].lines[0].tasks[2].id = QStringLiteral("T1");
        const auto problems = validateProject(project);
        QVERIFY2(mentions(problems, QStringLiteral("variant 'Current layout'"), QStringLiteral("duplicate item id 'IN'")),
                 qPrintable(describe(problems)));
        QVERIFY2(mentions(problems, QStringLiteral("variant 'Automated line' / line 'L1'"),
                          QStringLiteral("duplicate task id 'T1'")),
                 qPrintable(describe(problems)));
    }

    void flowToMissingItemIsNamed()
    {
        Project project = makeSampleProject();
        project.variants[0].flows[0].toItem = QStringLiteral("GHOST");
        const auto problems = validateProject(project);
        QVERIFY2(mentions(problems, QStringLiteral("flow IN -> GHOST"), QStringLiteral("missing item 'GHOST'")),
                 qPrintable(describe(problems)));
    }

    void otherBrokenReferences()
    {
        Project project = makeSampleProject();
        Variant &v = project.variants[0];
        v.products[0].routing << QStringLiteral("NOWHERE");
        v.lines[0].tasks[1].predecessors << QStringLiteral("T99");
        v.lines[0].stations[0].taskIds << QStringLiteral("T4"); // T4 is on station 2 too
        v.items[0].widthM = 0;
        v.items[1].automationLevel = 1.5;
        const auto problems = validateProject(project);
        QVERIFY(mentions(problems, QStringLiteral("product 'HOUSING'"), QStringLiteral("'NOWHERE'")));
        QVERIFY(mentions(problems, QStringLiteral("task 'T2'"), QStringLiteral("predecessor 'T99'")));
        QVERIFY(mentions(problems, QStringLiteral("station 2"), QStringLiteral("more than one station")));
        QVERIFY(mentions(problems, QStringLiteral("item 'AISLE-MAIN'"), QStringLiteral("width")));
        QVERIFY(mentions(problems, QStringLiteral("item 'AISLE-X'"), QStringLiteral("automation level")));
        QCOMPARE(problems.size(), std::size_t(5));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Spreadsheet import helpers (column guessing, separators, decimal comma) and DXF outlines as items.
#include "core/io/columnguess.h"
#include "core/io/csvreader.h"
#include "core/io/outlineitems.h"
#include "core/io/tablecsv.h"
#include "core/layout/footprint.h"

#include <QTest>

using namespace taktflow::core;
using namespace taktflow::core::io;

class TestExchangeFormats : public QObject
{
    Q_OBJECT

private slots:
    void normalisesHeaders()
    {
        QCOMPARE(normaliseHeader(QStringLiteral(" Zeit [s] ")), QStringLiteral("zeit"));
        QCOMPARE(normaliseHeader(QStringLiteral("Vorgänger")), QStringLiteral("vorgaenger"));
        QCOMPARE(normaliseHeader(QStringLiteral("Width (m)")), QStringLiteral("width"));
        QCOMPARE(normaliseHeader(QStringLiteral("units_per_period")), QStringLiteral("unitsperperiod"));
    }

    void guessesGermanAndEnglishHeaders()
    {
        const QStringList header{QStringLiteral("Nr."), QStringLiteral("Bezeichnung"), QStringLiteral("Zeit [s]"),
                                 QStringLiteral("Vorgänger"), QStringLiteral("Bemerkung")};
        const ColumnMapping m = guessColumnMapping(header, taskColumns());
        QCOMPARE(m.value(QStringLiteral("id")), QStringLiteral("Nr."));
        QCOMPARE(m.value(QStringLiteral("name")), QStringLiteral("Bezeichnung"));
        QCOMPARE(m.value(QStringLiteral("time_s")), QStringLiteral("Zeit [s]"));
        QCOMPARE(m.value(QStringLiteral("predecessors")), QStringLiteral("Vorgänger"));
        QVERIFY(!m.contains(QStringLiteral("resource")));

        // Our own names win over synonyms, whatever their case and spacing.
        const QStringList own{QStringLiteral("Name"), QStringLiteral("TIME S"), QStringLiteral("Id"),
                              QStringLiteral("predecessors"), QStringLiteral("Zeit")};
        const ColumnMapping o = guessColumnMapping(own, taskColumns());
        QCOMPARE(o.value(QStringLiteral("time_s")), QStringLiteral("TIME S"));
        QCOMPARE(o.value(QStringLiteral("id")), QStringLiteral("Id"));

        const ColumnMapping f = guessColumnMapping(
            {QStringLiteral("Von"), QStringLiteral("Nach"), QStringLiteral("Menge / Schicht")}, flowColumns());
        QCOMPARE(f.value(QStringLiteral("from")), QStringLiteral("Von"));
        QCOMPARE(f.value(QStringLiteral("to")), QStringLiteral("Nach"));
        QVERIFY(!f.contains(QStringLiteral("units_per_period"))); // "mengeschicht" is not a known name
    }

    void guessesTheSeparator()
    {
        QCOMPARE(guessCsvSeparator(QStringLiteral("a;b;c\n1,5;2;3\n")), QLatin1Char(';'));
        QCOMPARE(guessCsvSeparator(QStringLiteral("a\tb\n")), QLatin1Char('\t'));
        QCOMPARE(guessCsvSeparator(QStringLiteral("\"x;y\",b,c\n")), QLatin1Char(','));
        QCOMPARE(guessCsvSeparator(QStringLiteral("single\n")), QLatin1Char(','));
    }

    void parsesDecimalCommaNumbers()
    {
        QCOMPARE(parseCsvNumber(QStringLiteral("12,5"), true), std::optional<double>(12.5));
        QCOMPARE(parseCsvNumber(QStringLiteral("1.234,5"), true), std::optional<double>(1234.5));
        QCOMPARE(parseCsvNumber(QStringLiteral("-3"), true), std::optional<double>(-3.0));
        QVERIFY(!parseCsvNumber(QStringLiteral("1.5"), true)); // a point is only a thousands separator
        QVERIFY(!parseCsvNumber(QStringLiteral("1,2,3"), true));
        QCOMPARE(parseCsvNumber(QStringLiteral("12.5"), false), std::optional<double>(12.5));
        QVERIFY(!parseCsvNumber(QStringLiteral("12,5"), false));
        QVERIFY(!parseCsvNumber(QStringLiteral("inf"), false));
    }

    void importsWithMappingAndDecimalComma()
    {
        const CsvTable table = parseCsv(QStringLiteral("Nr;Zeit [s];Vorgänger;Text\n"
                                                       "A;12,5;;erste\n"
                                                       "B;1.000,25;A;zweite\n"),
                                        QLatin1Char(';'));
        QVERIFY(table.ok());
        ImportOptions options;
        options.mapping = guessColumnMapping(table.header, taskColumns());
        options.mapping.insert(QStringLiteral("name"), QStringLiteral("Text"));
        options.decimalComma = true;
        std::vector<Task> tasks;
        const ImportReport report = importTasks(table, QStringLiteral("de.csv"), tasks, options);
        QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
        QCOMPARE(tasks.size(), std::size_t(2));
        QCOMPARE(tasks[0].timeS, 12.5);
        QCOMPARE(tasks[1].timeS, 1000.25);
        QCOMPARE(tasks[1].predecessors, QStringList{QStringLiteral("A")});
        QCOMPARE(tasks[1].name, QStringLiteral("zweite"));

        // The same file read with a decimal point names the line and the value.
        options.decimalComma = false;
        const ImportReport wrong = importTasks(table, QStringLiteral("de.csv"), tasks, options);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.errors.front().startsWith(QStringLiteral("de.csv:2: time_s '12,5'")),
                 qPrintable(wrong.errors.front()));
    }

    void emptyMappingMeansNoColumn()
    {
        const CsvTable table = parseCsv(QStringLiteral("id,name,time_s,predecessors,\nA,a,1,,x\n"));
        ImportOptions options;
        options.mapping.insert(QStringLiteral("predecessors"), QString());
        std::vector<Task> tasks;
        const ImportReport report = importTasks(table, QStringLiteral("t.csv"), tasks, options);
        QVERIFY(!report.ok());
        QCOMPARE(report.errors.front(), QStringLiteral("t.csv:1: no column chosen for 'predecessors'"));
    }

    void rectangleOutlinesBecomeRotatedItems()
    {
        // A 4 m x 2 m rectangle turned by 30°, drawn in millimetres, centred at (10 m, 5 m).
        const double c = std::cos(M_PI / 6), s = std::sin(M_PI / 6);
        std::vector<PointM> corners;
        for (const auto &[lx, ly] :
             {std::pair{-2000.0, -1000.0}, {2000.0, -1000.0}, {2000.0, 1000.0}, {-2000.0, 1000.0}})
            corners.push_back({10000 + lx * c - ly * s, 5000 + lx * s + ly * c});
        corners.push_back(corners.front()); // closed by repeating the first point
        OutlineImportOptions options;
        options.metresPerUnit = 0.001;
        options.layerTypes.insert(QStringLiteral("M"), ItemType::Machine);
        std::vector<LayoutItem> items;
        const ImportReport report =
            itemsFromOutlines({{QStringLiteral("M"), 1, corners}, {QStringLiteral("OTHER"), 2, corners}}, options,
                              {QStringLiteral("DXF1")}, QStringLiteral("a.dxf"), items);
        QVERIFY2(report.ok(), qPrintable(report.errors.join(QLatin1Char('\n'))));
        QCOMPARE(items.size(), std::size_t(1)); // the OTHER layer is not chosen
        const LayoutItem &item = items.front();
        QCOMPARE(item.id, QStringLiteral("DXF2")); // DXF1 is taken
        QCOMPARE(item.name, QStringLiteral("M 1"));
        QCOMPARE(item.type, ItemType::Machine);
        QVERIFY(std::abs(item.xM - 10.0) < 1e-9 && std::abs(item.yM - 5.0) < 1e-9);
        QVERIFY(std::abs(item.widthM - 4.0) < 1e-9 && std::abs(item.depthM - 2.0) < 1e-9);
        QVERIFY(std::abs(item.rotationDeg - 30.0) < 1e-9);
        QVERIFY(item.outlineM.empty());
    }

    void otherPolygonsKeepTheirOutline()
    {
        // An L: 3 x 2 m bounding box, area 3*1 + 1*1 = 4 m².
        const std::vector<PointM> l{{0, 0}, {3, 0}, {3, 1}, {1, 1}, {1, 2}, {0, 2}};
        OutlineImportOptions options;
        options.layerTypes.insert(QStringLiteral("B"), ItemType::Workstation);
        std::vector<LayoutItem> items;
        QVERIFY(itemsFromOutlines({{QStringLiteral("B"), 4, l}}, options, {}, QStringLiteral("b.dxf"), items).ok());
        QCOMPARE(items.size(), std::size_t(1));
        QCOMPARE(items[0].xM, 1.5);
        QCOMPARE(items[0].yM, 1.0);
        QCOMPARE(items[0].outlineM.size(), std::size_t(6));
        QCOMPARE(items[0].outlineM[1], (PointM{1.5, -1.0}));
        QVERIFY(std::abs(polygonAreaM2(footprintPolygon(items[0])) - 4.0) < 1e-9);
    }

    void degenerateOutlinesAreErrors()
    {
        OutlineImportOptions options;
        options.layerTypes.insert(QStringLiteral("X"), ItemType::Machine);
        std::vector<LayoutItem> items;
        // The edge (4,4)-(2,-1) crosses the first edge; the shoelace area is 6 m², so only the crossing is wrong.
        const std::vector<PointM> bowTie{{0, 0}, {4, 0}, {4, 4}, {2, -1}, {0, 4}};
        const std::vector<PointM> line{{0, 0}, {1, 0}, {2, 0}};
        const ImportReport report =
            itemsFromOutlines({{QStringLiteral("X"), 3, bowTie}, {QStringLiteral("X"), 7, line}}, options, {},
                              QStringLiteral("x.dxf"), items);
        QCOMPARE(report.errors.size(), 2);
        QCOMPARE(report.errors[0], QStringLiteral("x.dxf: polyline 3 on layer 'X': the outline crosses itself"));
        QCOMPARE(report.errors[1], QStringLiteral("x.dxf: polyline 7 on layer 'X': the outline encloses no area"));
        QVERIFY(items.empty());
    }

    void layerNamesSuggestTypes()
    {
        QCOMPARE(itemTypeForLayer(QStringLiteral("A-MACHINES")), std::optional(ItemType::Machine));
        QCOMPARE(itemTypeForLayer(QStringLiteral("Arbeitsplätze")), std::optional(ItemType::Workstation));
        QCOMPARE(itemTypeForLayer(QStringLiteral("Regale")), std::optional(ItemType::Rack));
        QCOMPARE(itemTypeForLayer(QStringLiteral("Bemaßung")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestExchangeFormats)
#include "tst_exchangeformats.moc"

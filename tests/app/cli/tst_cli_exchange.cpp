// SPDX-License-Identifier: GPL-3.0-or-later
// taktflow-cli export --format json and import --dxf, run as users run them.
#include "core/io/projectjson.h"
#include "core/model/sampleproject.h"
#include "core/storage/projectfile.h"
#include "tests/common/processrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace taktflow;
using test::ProcessOutput;

namespace {

ProcessOutput cli(const QStringList &arguments)
{
    return test::runProcess(QStringLiteral(TAKTFLOW_CLI), arguments);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString kDxf = QStringLiteral(TAKTFLOW_TEST_DATA "/dxf/items-mm.dxf");

} // namespace

class TestCliExchange : public QObject
{
    Q_OBJECT

private slots:
    void exportsJsonToStdoutAndFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plant.taktflow"));
        const core::Project sample = core::makeSampleProject();
        QVERIFY(core::saveProject(sample, path));

        const ProcessOutput printed =
            cli({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(printed.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(printed.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("taktflow-project"));
        const QJsonArray variants = root.value(QStringLiteral("variants")).toArray();
        QCOMPARE(variants.size(), qsizetype(sample.variants.size()));
        QCOMPARE(variants.at(1)[QStringLiteral("name")].toString(), sample.variants[1].name);
        QCOMPARE(variants.at(0)[QStringLiteral("items")].toArray().size(), qsizetype(sample.variants[0].items.size()));
        // The file on disk gives the same document as the model in memory.
        QCOMPARE(QJsonDocument::fromJson(printed.out.toUtf8()).object(),
                 core::io::projectToJson(*core::openProject(path).project));

        const QString out = dir.filePath(QStringLiteral("plant.json"));
        const ProcessOutput written = cli({QStringLiteral("export"), path, QStringLiteral("--format"),
                                           QStringLiteral("json"), QStringLiteral("-o"), out});
        QCOMPARE(written.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(bytesOf(out)).object(), root);

        const ProcessOutput wrong =
            cli({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains(QStringLiteral("'xml'")));
        // The CSV form keeps its contract: --variant and --dir are required.
        QCOMPARE(cli({QStringLiteral("export"), path}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("export"), dir.filePath(QStringLiteral("missing.taktflow")),
                      QStringLiteral("--format"), QStringLiteral("json")})
                     .exitCode,
                 2);
    }

    void importsDxfOutlinesAsItems()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cad.taktflow"));
        const ProcessOutput run =
            cli({QStringLiteral("import"), path, QStringLiteral("--variant"), QStringLiteral("CAD"),
                 QStringLiteral("--dxf"), kDxf, QStringLiteral("--dxf-layers"),
                 QStringLiteral("MACHINES=machine,BENCHES=workstation")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto loaded = core::openProject(path);
        QVERIFY(loaded.project);
        const core::Variant *variant = loaded.project->findVariant(QStringLiteral("CAD"));
        QVERIFY(variant);
        QCOMPARE(variant->items.size(), std::size_t(3));
        // items-mm.dxf in millimetres ($INSUNITS 4): a 4000 x 2000 rectangle from (10000, 5000).
        const core::LayoutItem *press = variant->findItem(QStringLiteral("DXF1"));
        QCOMPARE(press->xM, 12.0);
        QCOMPARE(press->widthM, 4.0);
        QCOMPARE(variant->findItem(QStringLiteral("DXF3"))->type, core::ItemType::Workstation);

        // Metres given explicitly scale by 1000.
        const QString metres = dir.filePath(QStringLiteral("m.taktflow"));
        QCOMPARE(cli({QStringLiteral("import"), metres, QStringLiteral("--dxf"), kDxf, QStringLiteral("--dxf-layers"),
                      QStringLiteral("MACHINES=machine"), QStringLiteral("--dxf-units"), QStringLiteral("m")})
                     .exitCode,
                 0);
        QCOMPARE(core::openProject(metres).project->variants.front().items.front().widthM, 4000.0);

        // Errors: nothing is written, exit codes per the contract.
        const QByteArray before = bytesOf(path);
        const ProcessOutput layer = cli({QStringLiteral("import"), path, QStringLiteral("--dxf"), kDxf,
                                         QStringLiteral("--dxf-layers"), QStringLiteral("HATCH=machine")});
        QCOMPARE(layer.exitCode, 1);
        QVERIFY2(layer.err.contains(QStringLiteral("BENCHES, MACHINES")), qPrintable(layer.err));
        const ProcessOutput type = cli({QStringLiteral("import"), path, QStringLiteral("--dxf"), kDxf,
                                        QStringLiteral("--dxf-layers"), QStringLiteral("MACHINES=robot")});
        QCOMPARE(type.exitCode, 1);
        const ProcessOutput broken = cli({QStringLiteral("import"), path, QStringLiteral("--dxf"),
                                          QStringLiteral(TAKTFLOW_TEST_DATA "/dxf/broken.dxf"),
                                          QStringLiteral("--dxf-units"), QStringLiteral("mm")});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains(QStringLiteral("broken.dxf is damaged")), qPrintable(broken.err));
        // A drawing without $INSUNITS needs --dxf-units.
        const QString unitless = dir.filePath(QStringLiteral("unitless.dxf"));
        QFile file(unitless);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("0\nSECTION\n2\nENTITIES\n0\nLWPOLYLINE\n8\nMACHINES\n90\n4\n70\n1\n"
                   "10\n0\n20\n0\n10\n2\n20\n0\n10\n2\n20\n1\n10\n0\n20\n1\n0\nENDSEC\n0\nEOF\n");
        file.close();
        const ProcessOutput noUnits = cli({QStringLiteral("import"), path, QStringLiteral("--dxf"), unitless});
        QCOMPARE(noUnits.exitCode, 1);
        QVERIFY(noUnits.err.contains(QStringLiteral("--dxf-units")));
        QCOMPARE(bytesOf(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"

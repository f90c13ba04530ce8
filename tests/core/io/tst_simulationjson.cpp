// SPDX-License-Identifier: GPL-3.0-or-later
// Distributions and simulation parameters as JSON: the spelling of the issue's line model
// schema, required and optional keys, exact round trips and the paths in messages.
#include "core/io/simulationjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace taktflow::core;

Q_DECLARE_METATYPE(taktflow::core::TimeDistribution)

namespace {

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestSimulationJson : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDocumentedSpelling_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<TimeDistribution>("expected");
        QTest::newRow("deterministic") << QByteArray(R"({"dist": "deterministic", "value_s": 4.5})")
                                       << TimeDistribution::deterministic(4.5);
        QTest::newRow("exponential") << QByteArray(R"({"dist": "exponential", "mean_s": 60})")
                                     << TimeDistribution::exponential(60);
        QTest::newRow("normal") << QByteArray(R"({"dist": "normal", "mean_s": 30, "sd_s": 3})")
                                << TimeDistribution::normal(30, 3);
        QTest::newRow("lognormal") << QByteArray(R"({"dist": "lognormal", "mean_s": 30, "sd_s": 9})")
                                   << TimeDistribution::lognormal(30, 9);
        QTest::newRow("triangular") << QByteArray(R"({"dist": "triangular", "min_s": 1, "mode_s": 2, "max_s": 4})")
                                    << TimeDistribution::triangular(1, 2, 4);
        QTest::newRow("uniform") << QByteArray(R"({"dist": "uniform", "min_s": 1, "max_s": 4})")
                                 << TimeDistribution::uniform(1, 4);
        QTest::newRow("empirical") << QByteArray(R"({"dist": "empirical", "samples_s": [3, 1, 2]})")
                                   << TimeDistribution::empirical({3, 1, 2});
        QTest::newRow("extra key") << QByteArray(R"({"dist": "exponential", "mean_s": 6, "note": "from the ERP"})")
                                   << TimeDistribution::exponential(6);
    }

    void readsTheDocumentedSpelling()
    {
        QFETCH(QByteArray, text);
        QFETCH(TimeDistribution, expected);
        const auto d = io::distributionFromJson(json(text.constData()), QStringLiteral("time"));
        QVERIFY2(d, qPrintable(d.message));
        QVERIFY(*d == expected);
        // Written back, it reads as the same value.
        const auto back = io::distributionFromJson(io::distributionToJson(*d), {});
        QVERIFY2(back, qPrintable(back.message));
        QVERIFY(*back == expected);
    }

    void refusesWithThePath_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("time: expected a JSON object");
        QTest::newRow("no kind") << QByteArray(R"({"mean_s": 3})") << QStringLiteral("time.dist: missing");
        QTest::newRow("unknown kind") << QByteArray(R"({"dist": "weibull"})")
                                      << QStringLiteral("time.dist: unknown distribution 'weibull'");
        QTest::newRow("sd without mean") << QByteArray(R"({"dist": "normal", "sd_s": 2})")
                                         << QStringLiteral("time.mean_s: missing");
        QTest::newRow("value as text") << QByteArray(R"({"dist": "deterministic", "value_s": "4"})")
                                       << QStringLiteral("time.value_s: expected a number");
        QTest::newRow("no samples") << QByteArray(R"({"dist": "empirical"})")
                                    << QStringLiteral("time.samples_s: missing");
        QTest::newRow("bad sample") << QByteArray(R"({"dist": "empirical", "samples_s": [1, null]})")
                                    << QStringLiteral("time.samples_s[1]: expected a number");
    }

    void refusesWithThePath()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const QJsonDocument document = QJsonDocument::fromJson(text);
        const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        const auto d = io::distributionFromJson(value, QStringLiteral("time"));
        QVERIFY(!d);
        QCOMPARE(d.message, expected);
    }

    void parametersRefuseNumbersJsonCannotHold()
    {
        SimulationParameters p;
        p.stations.resize(2);
        p.stations[1].setup = TimeDistribution::uniform(1, std::numeric_limits<double>::infinity());
        const auto refused = io::simulationParametersToText(p);
        QVERIFY(!refused);
        QCOMPARE(refused.message, QStringLiteral("stations[1].setup.max_s: not a finite number"));
        p.stations[1].setup = TimeDistribution::uniform(1, 2);
        const auto text = io::simulationParametersToText(p);
        QVERIFY2(text, qPrintable(text.message));
        const auto back = io::simulationParametersFromText(*text);
        QVERIFY2(back, qPrintable(back.message));
        QVERIFY(*back == p);
    }
};

QTEST_GUILESS_MAIN(TestSimulationJson)
#include "tst_simulationjson.moc"

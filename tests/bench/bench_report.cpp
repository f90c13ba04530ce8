// SPDX-License-Identifier: GPL-3.0-or-later
// Times the PDF report: the 3-variant report of the sample project (target < 3 s) and one
// layout page of a generated 5,000-item variant (target < 5 s). Usage: bench_report [OUTDIR]
#include "app/render/report/pagecomposer.h"
#include "app/render/report/reportwriter.h"
#include "app/render/report/scaledlayout.h"
#include "core/model/sampleproject.h"
#include "tests/common/generatedproject.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QTemporaryDir temp;
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temp.path();

    const taktflow::core::Project sample = taktflow::core::makeSampleProject();
    taktflow::app::render::ReportOptions options;
    for (const auto &variant : sample.variants)
        options.variantIds << variant.id;
    QElapsedTimer timer;
    timer.start();
    const auto data = taktflow::app::render::buildReportData(sample, options);
    const qint64 computeMs = timer.elapsed();
    QString error;
    const QString samplePdf = dir + QStringLiteral("/sample-report.pdf");
    if (!taktflow::app::render::writeReportPdf(data, samplePdf, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    std::printf("3-variant sample report: %lld ms (figures %lld ms, pages %lld ms), %.0f KiB (target < 3000 ms)\n",
                timer.elapsed(), computeMs, timer.elapsed() - computeMs, QFileInfo(samplePdf).size() / 1024.0);

    taktflow::test::GeneratedSizes sizes;
    sizes.items = 5000;
    sizes.flows = 10000;
    const taktflow::core::Project big = taktflow::test::generateProject(sizes);
    const QString bigPdf = dir + QStringLiteral("/layout-5000.pdf");
    timer.restart();
    {
        QPdfWriter writer(bigPdf);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        taktflow::app::render::PageComposer composer(writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        const auto &variant = big.variants.front();
        const QSizeF areaMm(267, 150);
        const int scale = taktflow::app::render::fittingScale(QSizeF(variant.floorWidthM, variant.floorDepthM), areaMm);
        taktflow::app::render::addScaledLayout(composer, variant, scale, font);
        composer.paint([](QPainter &, const QRectF &, int, int) {});
    }
    std::printf("5,000-item layout page (%d items + %d aisles, %d flows): %lld ms, %.0f KiB (target < 5000 ms)\n",
                sizes.items, sizes.aisles, sizes.flows, timer.elapsed(), QFileInfo(bigPdf).size() / 1024.0);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/densitypreview.h"

#include "core/simulation/distribution.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace taktflow::app::render {

namespace {

using Kind = core::TimeDistribution::Kind;

double normalPdf(double z)
{
    return std::exp(-0.5 * z * z) / std::sqrt(2.0 * std::numbers::pi);
}

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

} // namespace

double distributionDensity(const core::TimeDistribution &d, double t)
{
    if (t < 0.0)
        return 0.0;
    switch (d.kind) {
    case Kind::Exponential:
        return d.meanS > 0.0 ? std::exp(-t / d.meanS) / d.meanS : 0.0;
    case Kind::Normal: {
        if (d.sdS <= 0.0)
            return 0.0;
        // Truncated at 0: the mass below 0 is spread over the rest.
        const double kept = 1.0 - normalCdf(-d.meanS / d.sdS);
        return kept > 0.0 ? normalPdf((t - d.meanS) / d.sdS) / d.sdS / kept : 0.0;
    }
    case Kind::Lognormal: {
        if (d.meanS <= 0.0 || d.sdS <= 0.0 || t <= 0.0)
            return 0.0;
        const double sigma2 = std::log1p(d.sdS * d.sdS / (d.meanS * d.meanS));
        const double mu = std::log(d.meanS) - 0.5 * sigma2;
        const double sigma = std::sqrt(sigma2);
        return normalPdf((std::log(t) - mu) / sigma) / (t * sigma);
    }
    case Kind::Triangular: {
        const double a = d.minS, c = d.modeS, b = d.maxS;
        if (b <= a || t < a || t > b)
            return 0.0;
        if (t < c)
            return 2.0 * (t - a) / ((b - a) * (c - a));
        return c < b ? 2.0 * (b - t) / ((b - a) * (b - c)) : 2.0 / (b - a);
    }
    case Kind::Uniform:
        return d.maxS > d.minS && t >= d.minS && t <= d.maxS ? 1.0 / (d.maxS - d.minS) : 0.0;
    case Kind::Deterministic:
    case Kind::Empirical:
        return 0.0;
    }
    return 0.0;
}

double densityAxisEndS(const core::TimeDistribution &d)
{
    double end = 0.0;
    switch (d.kind) {
    case Kind::Deterministic:
        end = 2.0 * d.meanS;
        break;
    case Kind::Exponential:
        end = 4.0 * d.meanS;
        break;
    case Kind::Normal:
    case Kind::Lognormal:
        end = d.meanS + 4.0 * d.sdS;
        break;
    case Kind::Triangular:
    case Kind::Uniform:
        end = 1.15 * d.maxS;
        break;
    case Kind::Empirical:
        end = d.samplesS.empty() ? 0.0 : 1.15 * *std::max_element(d.samplesS.begin(), d.samplesS.end());
        break;
    }
    return end > 0.0 ? end : 1.0;
}

void paintDensityPreview(QPainter &painter, const QRectF &rect, const core::TimeDistribution &d, const QColor &ink,
                         const QColor &fill)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double labelHeight = painter.fontMetrics().height() + 2;
    const QRectF plot = rect.adjusted(4, 4, -4, -labelHeight);
    const double endS = densityAxisEndS(d);
    const auto xAt = [&](double t) { return plot.left() + plot.width() * t / endS; };
    constexpr int kSteps = 160;

    QPainterPath curve;
    if (d.kind == Kind::Deterministic) {
        painter.setPen(QPen(ink, 3));
        painter.drawLine(QPointF(xAt(d.meanS), plot.bottom()), QPointF(xAt(d.meanS), plot.top()));
    } else if (d.kind == Kind::Empirical && !d.samplesS.empty()) {
        constexpr int kBins = 24;
        std::vector<int> counts(kBins, 0);
        for (double s : d.samplesS)
            ++counts[std::size_t(std::clamp(int(s / endS * kBins), 0, kBins - 1))];
        const int highest = *std::max_element(counts.begin(), counts.end());
        painter.setPen(QPen(ink, 1));
        painter.setBrush(fill);
        for (int b = 0; b < kBins; ++b) {
            const double h = plot.height() * counts[std::size_t(b)] / std::max(1, highest);
            painter.drawRect(QRectF(plot.left() + plot.width() * b / kBins, plot.bottom() - h, plot.width() / kBins, h));
        }
    } else {
        double peak = 0.0;
        std::vector<double> values(kSteps + 1);
        for (int i = 0; i <= kSteps; ++i) {
            values[std::size_t(i)] = distributionDensity(d, endS * i / kSteps);
            peak = std::max(peak, values[std::size_t(i)]);
        }
        curve.moveTo(plot.bottomLeft());
        for (int i = 0; i <= kSteps; ++i)
            curve.lineTo(plot.left() + plot.width() * i / kSteps,
                         plot.bottom() - (peak > 0.0 ? plot.height() * values[std::size_t(i)] / peak : 0.0));
        curve.lineTo(plot.bottomRight());
        painter.setPen(QPen(ink, 1.5));
        painter.setBrush(fill);
        painter.drawPath(curve);
    }

    // The mean: the figure the line balance and the simulation have in common.
    const double meanS = core::simulation::distributionMeanS(d);
    painter.setPen(QPen(ink, 1, Qt::DashLine));
    painter.drawLine(QPointF(xAt(meanS), plot.top()), QPointF(xAt(meanS), plot.bottom()));
    painter.setPen(QPen(ink, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    const QLocale locale;
    const QRectF labels(plot.left(), plot.bottom() + 1, plot.width(), labelHeight);
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignTop, QCoreApplication::translate("DensityPreview", "0 s"));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignTop,
                     QCoreApplication::translate("DensityPreview", "%1 s").arg(locale.toString(endS, 'g', 3)));
    painter.drawText(labels, Qt::AlignHCenter | Qt::AlignTop,
                     QCoreApplication::translate("DensityPreview", "mean %1 s").arg(locale.toString(meanS, 'g', 4)));
    painter.restore();
}

} // namespace taktflow::app::render

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/report/pagecomposer.h"

#include <QPainter>

namespace taktflow::app::render {

namespace {

constexpr double kMarginMm = 15.0;
constexpr double kFooterMm = 8.0;

} // namespace

PageComposer::PageComposer(QPagedPaintDevice &device) : mDevice(device)
{
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    mUnitsPerMm = device.logicalDpiX() / 25.4;
    const QRectF full(0, 0, device.width(), device.height());
    const QRectF inside = full.adjusted(mm(kMarginMm), mm(kMarginMm), -mm(kMarginMm), -mm(kMarginMm));
    mContent = inside.adjusted(0, 0, 0, -mm(kFooterMm));
    mFooter = QRectF(inside.left(), mContent.bottom(), inside.width(), mm(kFooterMm));
    mCursorY = mContent.top();
}

void PageComposer::beginSection(const QString &title)
{
    if (!mPlaced.empty() && mCursorY > mContent.top()) {
        ++mPageCount;
        mCursorY = mContent.top();
    }
    mToc.push_back({title, mPageCount});
}

void PageComposer::addBlock(double height, PaintFn paint)
{
    if (mCursorY + height > mContent.bottom() + 0.5 && mCursorY > mContent.top()) {
        ++mPageCount;
        mCursorY = mContent.top();
    }
    mPlaced.push_back({mPageCount, QRectF(mContent.left(), mCursorY, mContent.width(), height), std::move(paint)});
    mCursorY += height;
}

void PageComposer::addPage(PaintFn paint)
{
    if (mCursorY > mContent.top()) {
        ++mPageCount;
        mCursorY = mContent.top();
    }
    mPlaced.push_back({mPageCount, mContent, std::move(paint)});
    mCursorY = mContent.bottom();
}

void PageComposer::ensureSpace(double height)
{
    if (remainingHeight() < height && mCursorY > mContent.top()) {
        ++mPageCount;
        mCursorY = mContent.top();
    }
}

void PageComposer::addSpace(double height)
{
    mCursorY += height;
}

bool PageComposer::paint(const std::function<void(QPainter &, const QRectF &, int, int)> &footer)
{
    QPainter painter;
    if (!painter.begin(&mDevice))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    int page = 1;
    std::size_t next = 0;
    while (page <= mPageCount) {
        while (next < mPlaced.size() && mPlaced[next].page == page) {
            painter.save();
            mPlaced[next].paint(painter, mPlaced[next].rect);
            painter.restore();
            ++next;
        }
        footer(painter, mFooter, page, mPageCount);
        if (page < mPageCount)
            mDevice.newPage();
        ++page;
    }
    return painter.end();
}

} // namespace taktflow::app::render

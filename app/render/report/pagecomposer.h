// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPagedPaintDevice>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

class QPainter;

namespace taktflow::app::render {

/**
 * Lays out report content on pages in two passes: blocks of known height are placed first
 * (so the table of contents and "page X of Y" are known), then painted. Coordinates are
 * device units of the paged device; mm() converts.
 */
class PageComposer
{
public:
    using PaintFn = std::function<void(QPainter &painter, const QRectF &area)>;

    explicit PageComposer(QPagedPaintDevice &device);

    /** Device units per millimetre. */
    double mm(double millimetres) const { return millimetres * mUnitsPerMm; }
    /** The printable content rectangle of every page (inside margins, above the footer). */
    QRectF contentRect() const { return mContent; }
    /** The device the fonts are measured on. */
    QPagedPaintDevice &device() { return mDevice; }

    /** Starts a new section on a new page; its title goes to the table of contents. */
    void beginSection(const QString &title);
    /** Adds a block of the given height; it moves to a new page when it does not fit. */
    void addBlock(double height, PaintFn paint);
    /** Adds a block that takes a page of its own. */
    void addPage(PaintFn paint);
    /** Height left on the current page below the last block. */
    double remainingHeight() const { return mContent.bottom() - mCursorY; }
    /** Starts a new page unless at least height is left (keeps a heading with what follows). */
    void ensureSpace(double height);
    /** Vertical gap between blocks. */
    void addSpace(double height);

    struct TocEntry {
        QString title;
        int page = 0;
    };
    const std::vector<TocEntry> &tableOfContents() const { return mToc; }
    int pageCount() const { return mPageCount; }

    /**
     * Paints every page. footer(painter, footerRect, page, pageCount) paints the page footer.
     * Returns false when the device cannot be painted on.
     */
    bool paint(const std::function<void(QPainter &, const QRectF &, int, int)> &footer);

private:
    struct Placed {
        int page;
        QRectF rect;
        PaintFn paint;
    };

    QPagedPaintDevice &mDevice;
    double mUnitsPerMm = 1.0;
    QRectF mContent;
    QRectF mFooter;
    std::vector<Placed> mPlaced;
    std::vector<TocEntry> mToc;
    int mPageCount = 1;
    double mCursorY = 0.0;
};

} // namespace taktflow::app::render

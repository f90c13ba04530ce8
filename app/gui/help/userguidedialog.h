// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace taktflow::app {

/**
 * Help > User Guide: docs/user-guide.md rendered from Markdown, with its screenshots. The guide
 * is looked up where `cmake --install` puts it (share/doc/taktflow next to bin/), then in the
 * source tree of a development build; without it the dialog links to the online README.
 */
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    /** The guide file found, or empty when it is not installed. */
    static QString guidePath();
    QTextBrowser *browser() const { return mBrowser; }

private:
    void showGuide(const QString &path);
    void showOnlineFallback();

    QTextBrowser *mBrowser;
};

} // namespace taktflow::app

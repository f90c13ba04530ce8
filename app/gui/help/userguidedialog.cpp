// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/help/userguidedialog.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QUrl>
#include <QVBoxLayout>

namespace taktflow::app {

namespace {

constexpr double kImageWidthPx = 720.0;

/** Screenshots are full-window captures: show them at a readable width, aspect ratio kept. */
void limitImageWidths(QTextDocument *document)
{
    QList<std::pair<int, int>> ranges;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat())
                ranges.append({fragment.position(), fragment.length()});
        }
    }
    for (const auto &[position, length] : ranges) {
        QTextCursor cursor(document);
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        QTextImageFormat format = cursor.charFormat().toImageFormat();
        format.setWidth(kImageWidthPx);
        cursor.setCharFormat(format);
    }
}

} // namespace

QString UserGuideDialog::guidePath()
{
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/doc/taktflow/user-guide.md"));
    if (QFileInfo::exists(installed))
        return QFileInfo(installed).canonicalFilePath();
#ifdef TAKTFLOW_DOC_SOURCE_DIR
    const QString source = QStringLiteral(TAKTFLOW_DOC_SOURCE_DIR "/user-guide.md");
    if (QFileInfo::exists(source))
        return source;
#endif
    return {};
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Taktflow User Guide"));
    mBrowser = new QTextBrowser(this);
    mBrowser->setObjectName(QStringLiteral("guideBrowser"));
    mBrowser->setOpenExternalLinks(true);
    mBrowser->setAccessibleName(tr("User guide"));
    mBrowser->setToolTip(tr("The user guide; links to web pages open in your browser"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close the user guide"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mBrowser);
    layout->addWidget(buttons);
    resize(900, 760);
    const QString path = guidePath();
    if (path.isEmpty())
        showOnlineFallback();
    else
        showGuide(path);
}

void UserGuideDialog::showGuide(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showOnlineFallback();
        return;
    }
    // Relative links and images ("screenshots/layout.png") resolve against the guide's folder.
    mBrowser->document()->setBaseUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath() + QLatin1Char('/')));
    mBrowser->setSearchPaths({QFileInfo(path).absolutePath()});
    mBrowser->setMarkdown(QString::fromUtf8(file.readAll()));
    limitImageWidths(mBrowser->document());
}

void UserGuideDialog::showOnlineFallback()
{
    const QString url = QStringLiteral(TAKTFLOW_HOMEPAGE);
    mBrowser->setHtml(tr("<h2>The user guide is not installed</h2>"
                         "<p>Read it online in the project's README and user guide:</p>"
                         "<p><a href=\"%1\">%1</a></p>")
                          .arg(url));
}

} // namespace taktflow::app

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/desktoprecent.h"

#include "core/io/boundedread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace taktflow::app {

namespace {

class RecentTr
{
    Q_DECLARE_TR_FUNCTIONS(DesktopRecent)
};

const QString kBookmarkNs = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString kMimeNs = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");
// The desktop's list grows with every application's use; far beyond this it is not a list we write.
constexpr qint64 kMaxXbelBytes = 32 * 1024 * 1024;

const char kEmptyXbel[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<xbel version=\"1.0\"\n"
                          "      xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\"\n"
                          "      xmlns:mime=\"http://www.freedesktop.org/standards/shared-mime-info\"\n"
                          ">\n</xbel>\n";

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

/** What an earlier entry for our document keeps: when it was first added and how often we used it. */
struct EarlierUse {
    QString added;
    int count = 0;
};

/** Reads the <bookmark> element the reader stands on to its end, noting what the new entry keeps. */
EarlierUse readEarlierUse(QXmlStreamReader &reader, const QString &appName)
{
    EarlierUse use;
    use.added = reader.attributes().value(QLatin1String("added")).toString();
    int depth = 1;
    while (depth > 0 && !reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            if (reader.namespaceUri() == kBookmarkNs && reader.name() == QLatin1String("application") &&
                reader.attributes().value(QLatin1String("name")) == appName)
                use.count = reader.attributes().value(QLatin1String("count")).toInt();
        } else if (reader.isEndElement()) {
            --depth;
        }
    }
    return use;
}

void writeBookmark(QXmlStreamWriter &writer, const RecentDocument &document, const EarlierUse &earlier)
{
    const QString now = timestamp(document.when);
    writer.writeCharacters(QStringLiteral("  "));
    writer.writeStartElement(QStringLiteral("bookmark"));
    writer.writeAttribute(QStringLiteral("href"), QUrl::fromLocalFile(document.path).toString(QUrl::FullyEncoded));
    writer.writeAttribute(QStringLiteral("added"), earlier.added.isEmpty() ? now : earlier.added);
    writer.writeAttribute(QStringLiteral("modified"), now);
    writer.writeAttribute(QStringLiteral("visited"), now);
    writer.writeStartElement(QStringLiteral("info"));
    writer.writeStartElement(QStringLiteral("metadata"));
    writer.writeAttribute(QStringLiteral("owner"), QStringLiteral("http://freedesktop.org"));
    writer.writeEmptyElement(kMimeNs, QStringLiteral("mime-type"));
    writer.writeAttribute(QStringLiteral("type"), document.mimeType);
    writer.writeStartElement(kBookmarkNs, QStringLiteral("applications"));
    writer.writeEmptyElement(kBookmarkNs, QStringLiteral("application"));
    writer.writeAttribute(QStringLiteral("name"), document.appName);
    writer.writeAttribute(QStringLiteral("exec"), document.appExec);
    writer.writeAttribute(QStringLiteral("modified"), now);
    writer.writeAttribute(QStringLiteral("count"), QString::number(earlier.count + 1));
    writer.writeEndElement(); // applications
    writer.writeEndElement(); // metadata
    writer.writeEndElement(); // info
    writer.writeEndElement(); // bookmark
    writer.writeCharacters(QStringLiteral("\n"));
}

/** Copies the root element's start, declaring the two namespaces our entry uses if it does not. */
void writeRoot(QXmlStreamWriter &writer, const QXmlStreamReader &reader)
{
    writer.writeStartElement(reader.qualifiedName().toString());
    bool hasBookmarkNs = false;
    bool hasMimeNs = false;
    for (const QXmlStreamNamespaceDeclaration &declaration : reader.namespaceDeclarations()) {
        writer.writeNamespace(declaration.namespaceUri().toString(), declaration.prefix().toString());
        hasBookmarkNs = hasBookmarkNs || declaration.namespaceUri() == kBookmarkNs;
        hasMimeNs = hasMimeNs || declaration.namespaceUri() == kMimeNs;
    }
    if (!hasBookmarkNs)
        writer.writeNamespace(kBookmarkNs, QStringLiteral("bookmark"));
    if (!hasMimeNs)
        writer.writeNamespace(kMimeNs, QStringLiteral("mime"));
    writer.writeAttributes(reader.attributes());
}

bool isOurBookmark(const QXmlStreamReader &reader, const QString &path)
{
    if (reader.name() != QLatin1String("bookmark") || !reader.namespaceUri().isEmpty())
        return false;
    const QUrl url(reader.attributes().value(QLatin1String("href")).toString());
    return url.isLocalFile() && QDir::cleanPath(url.toLocalFile()) == QDir::cleanPath(path);
}

} // namespace

QString desktopRecentFilesPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/recently-used.xbel");
}

QString noteRecentDocument(const QString &xbelPath, const RecentDocument &document)
{
    QByteArray input(kEmptyXbel);
    if (QFileInfo::exists(xbelPath)) {
        const core::BoundedRead read = core::readFileBounded(xbelPath, kMaxXbelBytes);
        if (!read.ok())
            return RecentTr::tr("%1: cannot be read or is too large").arg(xbelPath);
        input = read.bytes;
    }

    QXmlStreamReader reader(input);
    QByteArray output;
    QXmlStreamWriter writer(&output);
    EarlierUse earlier;
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError())
            break;
        if (reader.isStartElement() && depth == 0) {
            if (reader.name() != QLatin1String("xbel"))
                return RecentTr::tr("%1:%2: not a desktop bookmark (XBEL) file").arg(xbelPath).arg(reader.lineNumber());
            writeRoot(writer, reader);
            depth = 1;
        } else if (reader.isStartElement() && depth == 1 && isOurBookmark(reader, document.path)) {
            earlier = readEarlierUse(reader, document.appName); // replaced by the new entry at the end
        } else if (reader.isStartElement()) {
            writer.writeCurrentToken(reader);
            ++depth;
        } else if (reader.isEndElement()) {
            if (--depth == 0)
                writeBookmark(writer, document, earlier);
            writer.writeCurrentToken(reader);
        } else {
            writer.writeCurrentToken(reader);
        }
    }
    if (reader.hasError())
        return QStringLiteral("%1:%2: %3").arg(xbelPath).arg(reader.lineNumber()).arg(reader.errorString());

    QDir().mkpath(QFileInfo(xbelPath).absolutePath());
    QSaveFile file(xbelPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size() || !file.commit())
        return QStringLiteral("%1: %2").arg(xbelPath, file.errorString());
    return {};
}

} // namespace taktflow::app

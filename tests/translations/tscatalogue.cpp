// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/translations/tscatalogue.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace taktflow::test {

namespace {

void readMessage(QXmlStreamReader &xml, const QString &context, TsCatalogue &catalogue)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    message.line = int(xml.lineNumber());
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            if (type == QLatin1String("unfinished"))
                message.state = TsMessage::State::Unfinished;
            else if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                message.state = TsMessage::State::Obsolete;
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    catalogue.messages << message;
}

QString describe(const QString &fileName, const TsMessage &message, const QString &problem)
{
    QString source = message.source;
    source.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QStringLiteral("%1:%2: %3: \"%4\": %5")
        .arg(fileName)
        .arg(message.line)
        .arg(message.context, source, problem);
}

} // namespace

TsCatalogue readTsCatalogue(const QString &path)
{
    TsCatalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        catalogue.error = QStringLiteral("%1:%2: not a Qt Linguist TS file").arg(path).arg(xml.lineNumber());
        return catalogue;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                readMessage(xml, context, catalogue);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        catalogue.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString token = it.next().captured(0);
        if (!found.contains(token))
            found << token;
    }
    found.sort();
    return found;
}

int acceleratorCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        if (!text[i + 1].isSpace())
            ++count;
    }
    return count;
}

QStringList catalogueProblems(const QString &fileName, const TsCatalogue &shipped, const TsCatalogue &used)
{
    QHash<QString, const TsMessage *> byKey;
    for (const TsMessage &message : shipped.messages)
        byKey.insert(message.key(), &message);

    QStringList problems;
    for (const TsMessage &wanted : used.messages) {
        const TsMessage *message = byKey.value(wanted.key());
        if (!message) {
            problems << describe(fileName, wanted, QStringLiteral("used in the sources but missing (run lupdate)"));
            continue;
        }
        if (message->state == TsMessage::State::Obsolete) {
            problems << describe(fileName, *message, QStringLiteral("marked obsolete but still used (run lupdate)"));
            continue;
        }
        if (message->state == TsMessage::State::Unfinished) {
            problems << describe(fileName, *message, QStringLiteral("unfinished"));
            continue;
        }
        if (message->translations.isEmpty()) {
            problems << describe(fileName, *message, QStringLiteral("no translation"));
            continue;
        }
        const QStringList sourcePlaceholders = placeholders(message->source);
        const int sourceAccelerators = acceleratorCount(message->source);
        for (const QString &translation : message->translations) {
            if (translation.trimmed().isEmpty()) {
                problems << describe(fileName, *message, QStringLiteral("empty translation"));
                continue;
            }
            const QStringList translated = placeholders(translation);
            if (translated != sourcePlaceholders) {
                problems << describe(fileName, *message,
                                     QStringLiteral("placeholders [%1] in \"%2\", the source has [%3]")
                                         .arg(translated.join(QLatin1Char(' ')), translation,
                                              sourcePlaceholders.join(QLatin1Char(' '))));
            }
            if (acceleratorCount(translation) != sourceAccelerators) {
                problems << describe(fileName, *message,
                                     QStringLiteral("%1 accelerator(s) in \"%2\", the source has %3")
                                         .arg(QString::number(acceleratorCount(translation)), translation,
                                              QString::number(sourceAccelerators)));
            }
        }
    }
    return problems;
}

} // namespace taktflow::test

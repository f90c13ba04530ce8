// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace taktflow::test {

/** One <message> of a Qt Linguist .ts file, as far as the completeness check needs it. */
struct TsMessage {
    enum class State { Finished, Unfinished, Obsolete };
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    State state = State::Finished;
    QStringList translations; ///< the translation, or every <numerusform>
    int line = 0;             ///< line of the <message> in the .ts file

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
};

struct TsCatalogue {
    QList<TsMessage> messages;
    QString error; ///< empty when the file was read
};

/** Reads a .ts file with QXmlStreamReader; a damaged file gives an error naming file and line. */
TsCatalogue readTsCatalogue(const QString &path);

/** %1..%99, %L1 and %n in the order they appear, each once. */
QStringList placeholders(const QString &text);

/** The mnemonic letters (&x, not &&) in a text. */
int acceleratorCount(const QString &text);

/**
 * Every reason why a shipped catalogue does not translate the messages the sources use:
 * missing, unfinished, obsolete-but-used, empty, or with other placeholders or accelerators
 * than the source. One line per problem: "file:line: context: "source": problem".
 */
QStringList catalogueProblems(const QString &fileName, const TsCatalogue &shipped, const TsCatalogue &used);

} // namespace taktflow::test

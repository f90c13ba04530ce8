// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/columnguess.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace taktflow::core::io {

namespace {

/** Other names spreadsheets give our columns, already normalised (see normaliseHeader). */
const QHash<QString, QStringList> &synonyms()
{
    static const QHash<QString, QStringList> table = [] {
        const auto list = [](std::initializer_list<const char *> words) {
            QStringList out;
            for (const char *w : words)
                out << QString::fromLatin1(w);
            return out;
        };
        QHash<QString, QStringList> t;
        t.insert(QStringLiteral("id"), list({"id", "nr", "no", "number", "nummer", "kennung", "code", "key", "taskid",
                                             "itemid", "vorgangsnr", "objekt"}));
        t.insert(QStringLiteral("name"), list({"name", "bezeichnung", "description", "beschreibung", "title", "titel",
                                               "vorgang", "arbeitsgang", "taskname", "itemname"}));
        t.insert(QStringLiteral("time_s"), list({"times", "time", "zeit", "dauer", "duration", "tasktime",
                                                 "vorgabezeit", "sekunden", "seconds", "zeits", "taskduration"}));
        t.insert(QStringLiteral("predecessors"), list({"predecessors", "predecessor", "preds", "pred", "vorgaenger",
                                                       "vorganger", "dependencies", "dependson"}));
        t.insert(QStringLiteral("automated"),
                 list({"automated", "automatisiert", "auto", "automation", "automatisierung", "automatisierungsgrad"}));
        t.insert(QStringLiteral("automated_time_s"), list({"automatedtimes", "automatedtime", "automatisiertezeit",
                                                           "maschinenzeit", "robotertime", "robottime"}));
        t.insert(QStringLiteral("resource"), list({"resource", "ressource", "betriebsmittel", "werkzeug", "tool"}));
        t.insert(QStringLiteral("fixed_station"), list({"fixedstation", "station", "festestation", "stationnr"}));
        t.insert(QStringLiteral("type"), list({"type", "typ", "art", "kind", "category", "kategorie", "itemtype"}));
        t.insert(QStringLiteral("x_m"), list({"xm", "x", "posx", "xposition", "positionx", "xkoordinate"}));
        t.insert(QStringLiteral("y_m"), list({"ym", "y", "posy", "yposition", "positiony", "ykoordinate"}));
        t.insert(QStringLiteral("width_m"), list({"widthm", "width", "breite", "w", "b"}));
        t.insert(QStringLiteral("depth_m"), list({"depthm", "depth", "tiefe", "laenge", "lange", "length", "d"}));
        t.insert(QStringLiteral("rotation_deg"),
                 list({"rotationdeg", "rotation", "drehung", "winkel", "angle", "rot"}));
        t.insert(QStringLiteral("height_m"), list({"heightm", "height", "hoehe", "hohe", "h"}));
        t.insert(QStringLiteral("power_kw"), list({"powerkw", "power", "leistung", "anschlussleistung", "kw"}));
        t.insert(QStringLiteral("clearance_m"),
                 list({"clearancem", "clearance", "abstand", "freiraum", "sicherheitsabstand"}));
        t.insert(QStringLiteral("from"), list({"from", "von", "source", "quelle", "start", "fromitem", "origin"}));
        t.insert(QStringLiteral("to"), list({"to", "nach", "zu", "target", "ziel", "destination", "toitem"}));
        t.insert(QStringLiteral("units_per_period"), list({"unitsperperiod", "units", "menge", "quantity", "volume",
                                                           "stueck", "stuckzahl", "stueckzahl", "anzahl", "stk"}));
        t.insert(QStringLiteral("product"), list({"product", "produkt", "artikel", "part", "teil", "variante"}));
        t.insert(QStringLiteral("transport"),
                 list({"transport", "foerdermittel", "fordermittel", "transportmittel", "transportmeans"}));
        return t;
    }();
    return table;
}

QString lettersAndDigits(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

} // namespace

QString normaliseHeader(const QString &header)
{
    QString text = header.toLower();
    static const QRegularExpression units(QStringLiteral("[\\[(][^\\])]*[\\])]"));
    text.remove(units);
    text.replace(QChar(0x00E4), QLatin1String("ae"));
    text.replace(QChar(0x00F6), QLatin1String("oe"));
    text.replace(QChar(0x00FC), QLatin1String("ue"));
    text.replace(QChar(0x00DF), QLatin1String("ss"));
    return lettersAndDigits(text);
}

ColumnMapping guessColumnMapping(const QStringList &header, const QStringList &columns)
{
    ColumnMapping mapping;
    QSet<int> used;
    // Pass 1: a header that is the column's own name ("time_s", "Time S") wins over synonyms,
    // so a file written by Taktflow maps to itself even when it also has a "name" column.
    // Pass 2 tries the synonyms in their order of preference.
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &column : columns) {
            if (mapping.contains(column))
                continue;
            const QStringList candidates =
                pass == 0 ? QStringList{lettersAndDigits(column.toLower())} : synonyms().value(column);
            for (const QString &candidate : candidates) {
                int found = -1;
                for (int c = 0; c < header.size() && found < 0; ++c) {
                    if (!used.contains(c) && normaliseHeader(header[c]) == candidate)
                        found = c;
                }
                // "Time (s)" normalises to "time"; "time(s)" kept whole reads "times".
                for (int c = 0; c < header.size() && found < 0; ++c) {
                    if (!used.contains(c) && lettersAndDigits(header[c].toLower()) == candidate)
                        found = c;
                }
                if (found >= 0) {
                    mapping.insert(column, header[found]);
                    used.insert(found);
                    break;
                }
            }
        }
    }
    return mapping;
}

} // namespace taktflow::core::io

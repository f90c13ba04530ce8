// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/jsonlocation.h"

#include <algorithm>
#include <vector>

namespace taktflow::core::simulation {

namespace {

struct Frame {
    bool array = false;
    qsizetype index = 0;
    QString key;
};

} // namespace

QString jsonPathIndex(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

QString jsonPathKey(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

JsonLocation locateJsonOffset(const QByteArray &text, qsizetype offset)
{
    const qsizetype end = std::clamp<qsizetype>(offset, 0, text.size());
    JsonLocation location;
    qsizetype lineStart = 0;
    std::vector<Frame> frames;
    bool expectKey = false;
    for (qsizetype i = 0; i < end; ++i) {
        const char c = text[i];
        switch (c) {
        case '\n':
            ++location.line;
            lineStart = i + 1;
            break;
        case '"': {
            const qsizetype start = i + 1;
            qsizetype j = start;
            while (j < end && text[j] != '"')
                j += text[j] == '\\' ? 2 : 1;
            if (expectKey && !frames.empty() && !frames.back().array) {
                frames.back().key = QString::fromUtf8(text.mid(start, std::min(j, end) - start));
                expectKey = false;
            }
            i = std::min(j, end);
            break;
        }
        case '{':
            frames.push_back({});
            expectKey = true;
            break;
        case '[':
            frames.push_back({true, 0, {}});
            expectKey = false;
            break;
        case '}':
        case ']':
            if (!frames.empty())
                frames.pop_back();
            expectKey = false;
            break;
        case ',':
            if (!frames.empty()) {
                if (frames.back().array) {
                    ++frames.back().index;
                } else {
                    frames.back().key.clear();
                    expectKey = true;
                }
            }
            break;
        default: break;
        }
    }
    location.column = int(QString::fromUtf8(text.mid(lineStart, end - lineStart)).size()) + 1;
    for (const Frame &frame : frames) {
        if (frame.array)
            location.path = jsonPathIndex(location.path, frame.index);
        else if (!frame.key.isEmpty())
            location.path = jsonPathKey(location.path, frame.key);
    }
    return location;
}

} // namespace taktflow::core::simulation

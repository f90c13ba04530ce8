// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/taskcells.h"

#include "app/document/commands/lineedits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace taktflow::app::taskcells {

namespace {

QString seconds(double value)
{
    return QLocale().toString(value, 'g', 10);
}

bool refuse(QString *reason, const QString &text)
{
    if (reason)
        *reason = text;
    return false;
}

bool parseSeconds(const QString &text, double *value, QString *reason)
{
    if (!parseNumber(text, value) || *value < 0.0)
        return refuse(reason,
                      QCoreApplication::translate("TaskCells", "'%1' is not a time in seconds (a number of 0 or more).")
                          .arg(text));
    return true;
}

bool writeId(core::ProductionLine &line, int row, const QString &text, QString *reason)
{
    const QString id = text.trimmed();
    const QString oldId = line.tasks[std::size_t(row)].id;
    if (id.isEmpty())
        return refuse(reason, QCoreApplication::translate("TaskCells", "A task needs an id."));
    if (id.contains(QRegularExpression(QStringLiteral("[\\s;,+]"))) || id.startsWith(QLatin1Char('-')))
        return refuse(reason,
                      QCoreApplication::translate(
                          "TaskCells", "A task id may not contain blanks, ';', ',' or '+', nor start with '-'."));
    if (id != oldId && lineedits::taskIndex(line, id) >= 0)
        return refuse(reason, QCoreApplication::translate("TaskCells", "There is already a task %1.").arg(id));
    core::Task task = line.tasks[std::size_t(row)];
    task.id = id;
    lineedits::replaceTask(line, oldId, task);
    return true;
}

bool writePredecessors(core::ProductionLine &line, int row, const QString &text, QString *reason)
{
    core::ProductionLine trial = line;
    core::Task &task = trial.tasks[std::size_t(row)];
    task.predecessors.clear();
    for (const QString &id : splitTaskIds(text)) {
        if (id == task.id)
            return refuse(reason, QCoreApplication::translate("TaskCells", "%1 cannot precede itself.").arg(id));
        if (lineedits::taskIndex(trial, id) < 0)
            return refuse(reason, QCoreApplication::translate("TaskCells", "There is no task %1.").arg(id));
        if (!task.predecessors.contains(id))
            task.predecessors << id;
    }
    for (const QString &id : std::as_const(task.predecessors)) {
        // id -> task closes a cycle when task already leads to id.
        if (lineedits::reaches(line, task.id, id))
            return refuse(reason, QCoreApplication::translate(
                                      "TaskCells", "%1 before %2 would close a cycle: %2 already comes before %1.")
                                      .arg(id, task.id));
    }
    line = std::move(trial);
    return true;
}

bool writeZoning(core::ProductionLine &line, int row, const QString &text, QString *reason)
{
    const QString self = line.tasks[std::size_t(row)].id;
    std::vector<core::ZoningRule> rules;
    for (QString token : text.split(QRegularExpression(QStringLiteral("[\\s;,]+")), Qt::SkipEmptyParts)) {
        bool together = true;
        token.replace(QChar(0x2212), QLatin1Char('-'));
        if (token.startsWith(QLatin1Char('+')) || token.startsWith(QLatin1Char('-'))) {
            together = token.startsWith(QLatin1Char('+'));
            token = token.mid(1);
        }
        if (token == self || lineedits::taskIndex(line, token) < 0)
            return refuse(reason, QCoreApplication::translate(
                                      "TaskCells", "Zoning names '%1', which is not another task of this line. Write "
                                                   "+T3 for \"same station as T3\", -T5 for \"not with T5\".")
                                      .arg(token));
        rules.push_back({self, token, together});
    }
    lineedits::setTaskZoning(line, self, rules);
    return true;
}

} // namespace

bool parseNumber(const QString &text, double *value)
{
    bool ok = false;
    *value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        *value = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok && std::isfinite(*value);
}

QStringList splitTaskIds(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[\\s;,]+")), Qt::SkipEmptyParts);
}

QString zoningText(const core::ProductionLine &line, const QString &taskId)
{
    QStringList parts;
    for (const auto &rule : lineedits::zoningOf(line, taskId)) {
        const QString &other = rule.taskA == taskId ? rule.taskB : rule.taskA;
        parts << (rule.together ? QLatin1Char('+') : QLatin1Char('-')) + other;
    }
    return parts.join(QLatin1Char(' '));
}

QString cellText(const core::ProductionLine &line, const core::Task &task, int column)
{
    switch (column) {
    case Id: return task.id;
    case Name: return task.name;
    case Time: return seconds(task.timeS);
    case Predecessors: return task.predecessors.join(QStringLiteral("; "));
    case Automated: return {};
    case AutomatedTime: return task.automatedTimeS >= 0 ? seconds(task.automatedTimeS) : QString();
    case StationType: return task.requiredResource;
    case FixedStation: return task.fixedStation > 0 ? QString::number(task.fixedStation) : QString();
    case Zoning: return zoningText(line, task.id);
    default: break;
    }
    const std::size_t model = std::size_t(column - FirstModel);
    if (model >= line.models.size())
        return {};
    const auto it = task.modelTimesS.find(line.models[model].id);
    return it == task.modelTimesS.end() ? QString() : seconds(it->second);
}

bool writeCell(core::ProductionLine &line, int row, int column, const QString &text, QString *reason)
{
    Q_ASSERT(row >= 0 && row < int(line.tasks.size()));
    core::Task &task = line.tasks[std::size_t(row)];
    const QString trimmed = text.trimmed();
    double value = 0.0;
    switch (column) {
    case Id: return writeId(line, row, text, reason);
    case Name: task.name = trimmed; return true;
    case Time:
        if (!parseSeconds(trimmed, &value, reason))
            return false;
        task.timeS = value;
        return true;
    case Predecessors: return writePredecessors(line, row, text, reason);
    case Automated: {
        const QString lower = trimmed.toLower();
        task.automated = !(lower.isEmpty() || lower == QLatin1String("0") || lower == QLatin1String("false") ||
                           lower == QLatin1String("no") || lower == QCoreApplication::translate("TaskCells", "no"));
        return true;
    }
    case AutomatedTime:
        if (trimmed.isEmpty()) {
            task.automatedTimeS = -1.0;
            return true;
        }
        if (!parseSeconds(trimmed, &value, reason))
            return false;
        task.automatedTimeS = value;
        return true;
    case StationType: task.requiredResource = trimmed; return true;
    case FixedStation: {
        bool ok = trimmed.isEmpty();
        const int station = ok ? 0 : trimmed.toInt(&ok);
        if (!ok || station < 0)
            return refuse(reason, QCoreApplication::translate(
                                      "TaskCells", "'%1' is not a station number (1, 2, ...; empty for none).")
                                      .arg(text));
        task.fixedStation = station;
        return true;
    }
    case Zoning: return writeZoning(line, row, text, reason);
    default: break;
    }
    const std::size_t model = std::size_t(column - FirstModel);
    Q_ASSERT(model < line.models.size());
    if (trimmed.isEmpty()) {
        task.modelTimesS.erase(line.models[model].id);
        return true;
    }
    if (!parseSeconds(trimmed, &value, reason))
        return false;
    task.modelTimesS[line.models[model].id] = value;
    return true;
}

} // namespace taktflow::app::taskcells

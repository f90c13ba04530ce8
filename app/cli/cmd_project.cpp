// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cmd_project.h"

#include "app/cli/cliutil.h"
#include "core/model/sampleproject.h"
#include "core/model/validation.h"
#include "core/storage/projectfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace taktflow::app::cli {

namespace {

// Called as ProjectCmdTr::tr() by name: lupdate does not follow type aliases to the context.
class ProjectCmdTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

qsizetype taskCount(const core::Variant &variant)
{
    qsizetype tasks = 0;
    for (const auto &line : variant.lines)
        tasks += qsizetype(line.tasks.size());
    return tasks;
}

} // namespace

int runNewCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ProjectCmdTr::tr("Create a new project file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ProjectCmdTr::tr("The .taktflow file to create."));
    const QCommandLineOption sample(QStringLiteral("sample"), ProjectCmdTr::tr("Copy the bundled sample project."));
    const QCommandLineOption force(QStringLiteral("force"), ProjectCmdTr::tr("Overwrite an existing file."));
    parser.addOptions({sample, force});
    if (auto stop = parseCommand(parser, args, io, 1, 1))
        return *stop;
    const QString path = parser.positionalArguments().front();
    if (QFileInfo::exists(path) && !parser.isSet(force)) {
        io.err << ProjectCmdTr::tr("%1: the file exists; use --force to overwrite it").arg(path) << '\n';
        return ExitBadInput;
    }
    core::Project project;
    if (parser.isSet(sample)) {
        project = core::makeSampleProject();
    } else {
        project.name = QFileInfo(path).completeBaseName();
        core::Variant variant;
        variant.id = QStringLiteral("V1");
        variant.name = ProjectCmdTr::tr("Variant 1");
        project.variants.push_back(variant);
    }
    const core::FileResult saved = core::saveProject(project, path);
    if (!saved) {
        io.err << saved.message << '\n';
        return ExitBadInput;
    }
    io.out << ProjectCmdTr::tr("Created %1 with %n variant(s).", nullptr, int(project.variants.size())).arg(path)
           << '\n';
    return ExitOk;
}

int runInfoCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ProjectCmdTr::tr("Show the variants of a project and what they hold."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ProjectCmdTr::tr("The .taktflow project file."));
    const QCommandLineOption json(QStringLiteral("json"), ProjectCmdTr::tr("Print JSON."));
    parser.addOption(json);
    if (auto stop = parseCommand(parser, args, io, 1, 1))
        return *stop;
    const QString path = parser.positionalArguments().front();
    const auto project = loadProject(path, io);
    if (!project)
        return ExitBadInput;

    if (parser.isSet(json)) {
        QJsonArray variants;
        for (const auto &v : project->variants) {
            variants.append(QJsonObject{
                {QStringLiteral("id"), v.id},
                {QStringLiteral("name"), v.name},
                {QStringLiteral("items"), qint64(v.items.size())},
                {QStringLiteral("lines"), qint64(v.lines.size())},
                {QStringLiteral("tasks"), qint64(taskCount(v))},
                {QStringLiteral("products"), qint64(v.products.size())},
                {QStringLiteral("flows"), qint64(v.flows.size())},
            });
        }
        const QJsonObject root{
            {QStringLiteral("file"), path},
            {QStringLiteral("name"), project->name},
            {QStringLiteral("author"), project->author},
            {QStringLiteral("revision"), project->revision},
            {QStringLiteral("schema_version"), core::currentSchemaVersion()},
            {QStringLiteral("variants"), variants},
        };
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    io.out << ProjectCmdTr::tr("Project: %1 (author %2, revision %3)")
                  .arg(project->name, project->author)
                  .arg(project->revision)
           << '\n';
    for (const auto &v : project->variants) {
        io.out << ProjectCmdTr::tr("  %1: %2, %3, %4, %5", "variant name: items, tasks, flows, products")
                      .arg(v.name, ProjectCmdTr::tr("%n item(s)", nullptr, int(v.items.size())),
                           ProjectCmdTr::tr("%n task(s)", nullptr, int(taskCount(v))),
                           ProjectCmdTr::tr("%n flow(s)", nullptr, int(v.flows.size())),
                           ProjectCmdTr::tr("%n product(s)", nullptr, int(v.products.size())))
               << '\n';
    }
    return ExitOk;
}

int runValidateCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ProjectCmdTr::tr(
        "Check a project file and its model; prints one line per problem, exit 2 when there are any."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ProjectCmdTr::tr("The .taktflow project file."));
    if (auto stop = parseCommand(parser, args, io, 1, 1))
        return *stop;
    const QString path = parser.positionalArguments().front();
    const auto project = loadProject(path, io);
    if (!project)
        return ExitBadInput;
    const auto problems = core::validateProject(*project);
    for (const auto &problem : problems)
        io.err << path << ": " << problem.toString() << '\n';
    if (!problems.empty())
        return ExitBadInput;
    io.out << ProjectCmdTr::tr("%1: valid").arg(path) << '\n';
    return ExitOk;
}

} // namespace taktflow::app::cli

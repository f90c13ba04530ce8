// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/guioptions.h"

#include "app/document/projectdocument.h"
#include "app/gui/mainwindow.h"
#include "app/gui/recentfiles.h"
#include "app/gui/simulation/animationpage.h"
#include "app/gui/simulation/animationrecorder.h"
#include "app/gui/view3dpage.h"
#include "app/view3d/plantview3d.h"
#include "core/model/sampleproject.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPainter>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace taktflow::app {

namespace {

// Called as OptionsTr::tr() by name: lupdate does not follow type aliases to the context.
class OptionsTr
{
    Q_DECLARE_TR_FUNCTIONS(GuiOptions)
};

// The animation page of the Simulation workspace (`--view simulation-animation`).
constexpr QLatin1StringView kAnimationView("simulation-animation");

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

/**
 * The Qt 3D scene is a native window inside the widget tree, which QWidget::grab() shows black:
 * paint a rendered capture of it over its place in the screenshot.
 */
void paint3dInto(QPixmap &shot, MainWindow &window)
{
    view3d::PlantView3D *view = window.view3dPage()->view();
    if (!view->is3DAvailable())
        return;
    const QImage scene = view->captureImage(15000);
    const auto containers = view->findChildren<QWidget *>();
    for (QWidget *child : containers) {
        if (!child->inherits("QWindowContainer") || scene.isNull())
            continue;
        // The painter works in the pixmap's logical coordinates; on a high-DPI screen
        // (QT_SCALE_FACTOR=2) the capture has twice as many pixels and is scaled into place.
        const QRect place(child->mapTo(&window, QPoint(0, 0)), child->size());
        QPainter painter(&shot);
        painter.drawImage(place, scene);
        return;
    }
}

/** Grabs the window after its next paint and layout, saves it and quits. */
void grabWindow(MainWindow &window, const QString &path)
{
    // Wait for the first paint and layout of all docks before grabbing.
    QTimer::singleShot(300, &window, [&window, path] {
        QPixmap shot = window.grab();
        if (window.currentWorkspace() == QLatin1String("3d"))
            paint3dInto(shot, window);
        const bool saved = shot.save(path, "PNG");
        if (!saved)
            printError(OptionsTr::tr("Cannot write %1").arg(path));
        QApplication::exit(saved ? 0 : 2);
    });
}

} // namespace

std::optional<int> parseGuiOptions(const QStringList &arguments, GuiOptions *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(OptionsTr::tr("Taktflow: design production lines and plant layouts."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), OptionsTr::tr("A .taktflow project to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption sample(QStringLiteral("sample"), OptionsTr::tr("Open the bundled sample project."));
    const QCommandLineOption openLast(QStringLiteral("open-last"),
                                      OptionsTr::tr("Open the most recently used project (File > Open Recent)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), OptionsTr::tr("Save a screenshot and exit."),
                                        QStringLiteral("OUT.png"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        OptionsTr::tr(
            "Workspace to show: layout, line, simulation, simulation-animation, 3d or compare (those that are built)."),
        QStringLiteral("VIEW"), QStringLiteral("layout"));
    const QCommandLineOption variant(QStringLiteral("variant"), OptionsTr::tr("Variant to show."),
                                     QStringLiteral("NAME"));
    parser.addOptions({sample, openLast, screenshot, view, variant});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::fprintf(stdout, "%s %s\n", qPrintable(QApplication::applicationName()),
                     qPrintable(QApplication::applicationVersion()));
        return 0;
    }
    options->file = parser.positionalArguments().value(0);
    options->sample = parser.isSet(sample);
    options->openLast = parser.isSet(openLast);
    options->screenshotPath = parser.value(screenshot);
    options->view = parser.value(view);
    options->variant = parser.value(variant);
    return std::nullopt;
}

std::optional<int> applyGuiOptions(const GuiOptions &options, MainWindow &window, ProjectDocument &document)
{
    // The launcher's "Open Last Project" action; with no project left it starts empty, as usual.
    const QString file = options.file.isEmpty() && options.openLast ? RecentFiles::mostRecentExisting() : options.file;
    if (options.openLast && file.isEmpty())
        printError(OptionsTr::tr("No recently used project exists any more; starting without one."));
    if (!file.isEmpty()) {
        const core::FileResult result = document.open(file);
        if (!result) {
            printError(result.message);
            // Headless use (screenshots) must fail loudly; interactive use shows the window empty.
            if (!options.screenshotPath.isEmpty())
                return 2;
        } else if (options.screenshotPath.isEmpty()) {
            window.recentFiles()->add(file); // opened from the file manager or launcher: a recent file too
        }
    } else if (options.sample) {
        document.reset(core::makeSampleProject(), {});
    }
    // Workspaces register themselves with the window, so the view is checked against it; the
    // animation is a page inside the Simulation workspace with a key of its own.
    const bool animation = options.view == kAnimationView;
    if (!window.selectWorkspace(animation ? QStringLiteral("simulation") : options.view)) {
        printError(
            OptionsTr::tr("Unknown view '%1'; known views: %2")
                .arg(options.view, (window.workspaceKeys() << QString(kAnimationView)).join(QStringLiteral(", "))));
        return 1;
    }
    if (!options.variant.isEmpty() && !window.selectVariant(options.variant)) {
        printError(OptionsTr::tr("No variant named '%1'").arg(options.variant));
        return 2;
    }
    if (animation && !window.showSimulationAnimation() && !options.screenshotPath.isEmpty()) {
        printError(OptionsTr::tr("The current line cannot be animated; see the Simulation workspace."));
        return 2;
    }
    return std::nullopt;
}

void scheduleScreenshot(MainWindow &window, const QString &path)
{
    // The animation is recorded in the background: shoot it in the middle of the counted run,
    // with parts under way, once it is there (a short recording may already be).
    AnimationRecorder *recorder = window.animationRecorder();
    AnimationPage *page = window.animationPage();
    auto shootMidRun = [&window, page, path] {
        page->seek(page->warmupS() + (page->endS() - page->warmupS()) / 2);
        grabWindow(window, path);
    };
    if (recorder && recorder->isRecording()) {
        QObject::connect(recorder, &AnimationRecorder::shown, &window, shootMidRun);
        return;
    }
    if (page && page->isVisible() && page->hasRun()) {
        shootMidRun();
        return;
    }
    grabWindow(window, path);
}

} // namespace taktflow::app

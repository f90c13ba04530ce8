// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI and the CLI in another language, started as users start them: TAKTFLOW_LANGUAGE is set
// by ctest (zh_CN for tst_translatedgui, de for tst_translatedgui_de) and the translations are
// installed by the same function main_gui.cpp calls. The expected texts are written out here by
// hand, so a wrong context or a missing .qm resource fails the test.
#include "app/common/appinfo.h"
#include "app/common/languages.h"
#include "app/document/projectdocument.h"
#include "app/gui/layout/editoperations.h"
#include "app/gui/mainwindow.h"
#include "app/gui/preferencesdialog.h"
#include "core/model/sampleproject.h"
#include "tests/common/processrunner.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace taktflow;

namespace {

struct Expected {
    QStringList menus;
    QHash<QString, QString> actions; // object name -> text
    QString moveItemsUndo;
    QString untitled;
    QString cliUsage;
    QString cliCannotOpen;
    QString decimalPoint;
    QString newIconText;
    QString kpiTaktLabel;
};

Expected expectedFor(const QString &language)
{
    if (language == QLatin1String("zh_CN")) {
        return {{QStringLiteral("文件(&F)"), QStringLiteral("编辑(&E)"), QStringLiteral("视图(&V)"),
                 QStringLiteral("排列(&A)"), QStringLiteral("布局(&L)"), QStringLiteral("帮助(&H)")},
                {{QStringLiteral("file.new"), QStringLiteral("新建(&N)")},
                 {QStringLiteral("file.open"), QStringLiteral("打开(&O)...")},
                 {QStringLiteral("file.save"), QStringLiteral("保存(&S)")},
                 {QStringLiteral("edit.copy"), QStringLiteral("复制(&C)")},
                 {QStringLiteral("edit.preferences"), QStringLiteral("首选项(&F)...")},
                 {QStringLiteral("view.zoomIn"), QStringLiteral("放大(&I)")},
                 {QStringLiteral("help.about"), QStringLiteral("关于 Taktflow(&A)")}},
                QStringLiteral("移动对象"),
                QStringLiteral("未命名"),
                QStringLiteral("用法：taktflow-cli 命令"),
                QStringLiteral("无法打开文件"),
                QStringLiteral("."),
                QStringLiteral("新建"),
                QStringLiteral("节拍时间")};
    }
    return {{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
             QStringLiteral("An&ordnen"), QStringLiteral("&Layout"), QStringLiteral("&Hilfe")},
            {{QStringLiteral("file.new"), QStringLiteral("&Neu")},
             {QStringLiteral("file.open"), QStringLiteral("Ö&ffnen ...")},
             {QStringLiteral("file.save"), QStringLiteral("&Speichern")},
             {QStringLiteral("edit.copy"), QStringLiteral("&Kopieren")},
             {QStringLiteral("edit.preferences"), QStringLiteral("Einstellu&ngen ...")},
             {QStringLiteral("view.zoomIn"), QStringLiteral("Ver&größern")},
             {QStringLiteral("help.about"), QStringLiteral("&Über Taktflow")}},
            QStringLiteral("Objekte verschieben"),
            QStringLiteral("Unbenannt"),
            QStringLiteral("Aufruf: taktflow-cli BEFEHL"),
            QStringLiteral("kann nicht geöffnet werden"),
            QStringLiteral(","),
            QStringLiteral("Neu"),
            QStringLiteral("Taktzeit")};
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] != QLatin1Char('&'))
                return text[i + 1].toLower();
            ++i;
        }
    }
    return {};
}

} // namespace

class TestTranslatedGui : public QObject
{
    Q_OBJECT

private:
    QString mLanguage;
    Expected mExpected;

private slots:
    void initTestCase()
    {
        mLanguage = qEnvironmentVariable("TAKTFLOW_LANGUAGE");
        QVERIFY2(mLanguage == QLatin1String("zh_CN") || mLanguage == QLatin1String("de"),
                 "run through ctest, which sets TAKTFLOW_LANGUAGE to zh_CN or de");
        mExpected = expectedFor(mLanguage);
        QStandardPaths::setTestModeEnabled(true); // Preferences write QSettings; keep the user's alone
        app::setApplicationInfo();
        app::installTranslations(*QCoreApplication::instance());
    }

    void menusAndActionsAreTranslated()
    {
        app::ProjectDocument document;
        app::MainWindow window(&document);
        QStringList menus;
        for (QAction *menu : window.menuBar()->actions())
            menus << menu->text();
        for (const QString &title : mExpected.menus)
            QVERIFY2(menus.contains(title),
                     qPrintable(title + QStringLiteral(" not in ") + menus.join(QLatin1Char('|'))));
        for (auto it = mExpected.actions.cbegin(); it != mExpected.actions.cend(); ++it) {
            auto *action = window.findChild<QAction *>(it.key());
            QVERIFY2(action, qPrintable(it.key()));
            QCOMPARE(action->text(), it.value());
        }
        QVERIFY(window.windowTitle().startsWith(mExpected.untitled));
        // Toolbar buttons show the text without the mnemonic, also without a Chinese "(&N)".
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("file.new"))->iconText(), mExpected.newIconText);

        // Labels translated through QT_TRANSLATE_NOOP tables must use the same context at runtime.
        auto *kpiDock = window.findChild<QDockWidget *>(QStringLiteral("kpiDock"));
        QVERIFY(kpiDock);
        QStringList labels;
        for (QLabel *label : kpiDock->findChildren<QLabel *>())
            labels << label->text();
        QVERIFY2(labels.contains(mExpected.kpiTaktLabel), qPrintable(labels.join(QLatin1Char('|'))));
    }

    void menuAcceleratorsAreUnique()
    {
        app::ProjectDocument document;
        app::MainWindow window(&document);
        QStringList clashes;
        for (QAction *menuAction : window.menuBar()->actions()) {
            QHash<QChar, QString> taken;
            for (QAction *action : menuAction->menu()->actions()) {
                const QChar key = mnemonic(action->text());
                if (action->isSeparator() || key.isNull())
                    continue;
                if (taken.contains(key)) {
                    clashes << QStringLiteral("%1: \"%2\" and \"%3\" share &%4")
                                   .arg(menuAction->text(), taken.value(key), action->text(), QString(key));
                }
                taken.insert(key, action->text());
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void undoTextsAndNumbersFollowTheLanguage()
    {
        app::ProjectDocument document;
        document.reset(core::makeSampleProject(), {});
        const auto &items = document.currentVariant()->items;
        document.setSelection({items.front().id});
        QVERIFY(app::edit::nudgeSelection(document, 0.1, 0.0));
        QCOMPARE(document.undoStack()->undoText(), mExpected.moveItemsUndo);
        QCOMPARE(QLocale().decimalPoint(), mExpected.decimalPoint);
    }

    void preferencesOfferEveryLanguage()
    {
        app::PreferencesDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("preferences.language"));
        QVERIFY(combo);
        QStringList names;
        for (int i = 0; i < combo->count(); ++i)
            names << combo->itemText(i);
        QCOMPARE(names.mid(1),
                 (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("简体中文")}));
        QVERIFY(combo->itemData(0).toString().isEmpty());  // "System"
        QVERIFY(names.first() != QLatin1String("System")); // translated like the rest
    }

    void preferencesStoreTheChoice()
    {
        app::setChosenLanguage({});
        app::PreferencesDialog dialog;
        QVERIFY(dialog.selectedLanguage().isEmpty());
        dialog.selectLanguage(QStringLiteral("zh_CN"));
        QVERIFY(dialog.apply());
        QCOMPARE(app::chosenLanguage(), QStringLiteral("zh_CN"));
        QVERIFY(!dialog.apply()); // nothing changed the second time
        QCOMPARE(app::PreferencesDialog().selectedLanguage(), QStringLiteral("zh_CN"));
        dialog.selectLanguage({});
        QVERIFY(dialog.apply());
        QVERIFY(app::chosenLanguage().isEmpty());
    }

    void cliSpeaksTheLanguage()
    {
        // The child inherits TAKTFLOW_LANGUAGE; messages come from app/cli and from core/io.
        const test::ProcessOutput help = test::runProcess(QStringLiteral(TAKTFLOW_CLI), {QStringLiteral("--help")});
        QVERIFY2(help.out.contains(mExpected.cliUsage), qPrintable(help.out));
        QTemporaryDir dir;
        const test::ProcessOutput missing = test::runProcess(
            QStringLiteral(TAKTFLOW_CLI), {QStringLiteral("balance"), dir.filePath(QStringLiteral("missing.IN2")),
                                           QStringLiteral("--stations"), QStringLiteral("2")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(mExpected.cliCannotOpen), qPrintable(missing.err));
    }
};

QTEST_MAIN(TestTranslatedGui)
#include "tst_translatedgui.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/exchange/csvimportdialog.h"

#include "core/io/columnguess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace taktflow::app {

namespace {

constexpr int kPreviewRows = 8;

} // namespace

QStringList CsvImportDialog::fields(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Tasks: return core::io::taskColumns();
    case CsvKind::Items: return core::io::itemColumns();
    case CsvKind::Flows: return core::io::flowColumns();
    }
    return {};
}

int CsvImportDialog::requiredFields(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Tasks: return core::io::requiredTaskColumns();
    case CsvKind::Items: return core::io::requiredItemColumns();
    case CsvKind::Flows: return core::io::requiredFlowColumns();
    }
    return 0;
}

QString CsvImportDialog::fieldDescription(const QString &field)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("id"), QT_TR_NOOP("Unique id of the row")},
        {QStringLiteral("name"), QT_TR_NOOP("Name shown in tables and drawings")},
        {QStringLiteral("time_s"), QT_TR_NOOP("Task time in seconds")},
        {QStringLiteral("predecessors"), QT_TR_NOOP("Ids of the tasks that come first, separated by ';'")},
        {QStringLiteral("automated"), QT_TR_NOOP("Automated: 0/1, true/false (items: also a share 0..1)")},
        {QStringLiteral("automated_time_s"), QT_TR_NOOP("Task time when automated, in seconds")},
        {QStringLiteral("resource"), QT_TR_NOOP("Resource the station must offer (robot, press ...)")},
        {QStringLiteral("fixed_station"), QT_TR_NOOP("Station number the task is fixed to (1-based)")},
        {QStringLiteral("type"),
         QT_TR_NOOP("Item type: machine, workstation, conveyor, storage, rack, aisle, wall, column, zone, dock")},
        {QStringLiteral("x_m"), QT_TR_NOOP("Centre x in metres")},
        {QStringLiteral("y_m"), QT_TR_NOOP("Centre y in metres")},
        {QStringLiteral("width_m"), QT_TR_NOOP("Width in metres")},
        {QStringLiteral("depth_m"), QT_TR_NOOP("Depth in metres")},
        {QStringLiteral("rotation_deg"), QT_TR_NOOP("Rotation in degrees, counter-clockwise")},
        {QStringLiteral("height_m"), QT_TR_NOOP("Height in metres")},
        {QStringLiteral("power_kw"), QT_TR_NOOP("Connected power in kW")},
        {QStringLiteral("clearance_m"), QT_TR_NOOP("Service clearance around the item in metres")},
        {QStringLiteral("from"), QT_TR_NOOP("Id of the item the material leaves")},
        {QStringLiteral("to"), QT_TR_NOOP("Id of the item the material goes to")},
        {QStringLiteral("units_per_period"), QT_TR_NOOP("Units moved per period")},
        {QStringLiteral("product"), QT_TR_NOOP("Product id")},
        {QStringLiteral("transport"), QT_TR_NOOP("Transport means id")},
    };
    return tr(texts.value(field, ""));
}

CsvImportDialog::CsvImportDialog(CsvKind kind, ApplyFn apply, QWidget *parent)
    : QDialog(parent)
    , mKind(kind)
    , mApply(std::move(apply))
{
    setObjectName(QStringLiteral("csvImportDialog"));
    const QString what = kind == CsvKind::Tasks ? tr("tasks") : kind == CsvKind::Items ? tr("items") : tr("flows");
    setWindowTitle(tr("Import %1 from CSV").arg(what));

    mFileLabel = new QLabel(this);
    mFileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    mSeparator = new QComboBox(this);
    mSeparator->setObjectName(QStringLiteral("separator"));
    mSeparator->addItem(tr("Comma ( , )"), QVariant::fromValue(QChar(QLatin1Char(','))));
    mSeparator->addItem(tr("Semicolon ( ; )"), QVariant::fromValue(QChar(QLatin1Char(';'))));
    mSeparator->addItem(tr("Tab"), QVariant::fromValue(QChar(QLatin1Char('\t'))));
    mSeparator->setToolTip(tr("The character between the columns of the file"));
    mDecimalComma = new QCheckBox(tr("&Decimal comma (12,5)"), this);
    mDecimalComma->setObjectName(QStringLiteral("decimalComma"));
    mDecimalComma->setToolTip(tr("Numbers are written with a decimal comma; a point separates thousands"));
    mUpdate = new QRadioButton(tr("&Update rows with the same id, add new ones"), this);
    mUpdate->setToolTip(tr("Keep what the variant has; rows whose id exists replace that entry"));
    mReplace = new QRadioButton(tr("&Replace all existing"), this);
    mReplace->setToolTip(tr("The file becomes the variant's complete list"));
    mUpdate->setChecked(kind != CsvKind::Flows);
    mReplace->setChecked(kind == CsvKind::Flows);
    if (kind == CsvKind::Flows) {
        // Flows have no id: they can only be replaced or appended.
        mUpdate->setText(tr("&Add to the existing flows"));
        mUpdate->setToolTip(tr("Keep the variant's flows and append the file's"));
    }

    auto *format = new QFormLayout;
    format->addRow(tr("File:"), mFileLabel);
    auto *separatorLabel = new QLabel(tr("&Separator:"), this);
    separatorLabel->setBuddy(mSeparator);
    format->addRow(separatorLabel, mSeparator);
    format->addRow(QString(), mDecimalComma);
    format->addRow(QString(), mUpdate);
    format->addRow(QString(), mReplace);

    mPreview = new QTableWidget(this);
    mPreview->setObjectName(QStringLiteral("preview"));
    mPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mPreview->setAccessibleName(tr("First rows of the file"));
    mPreview->setToolTip(tr("The header and the first rows of the file as read with the chosen separator"));
    mPreview->verticalHeader()->hide();
    mPreview->setMinimumHeight(160);

    auto *mappingBox = new QGroupBox(tr("Columns (* required)"), this);
    auto *mapping = new QFormLayout(mappingBox);
    const QStringList ours = fields(kind);
    for (int f = 0; f < ours.size(); ++f) {
        auto *box = new QComboBox(mappingBox);
        box->setObjectName(QStringLiteral("column_") + ours[f]);
        const QString label = ours[f] + (f < requiredFields(kind) ? QStringLiteral(" *") : QString());
        box->setToolTip(fieldDescription(ours[f]));
        box->setAccessibleName(ours[f]);
        auto *labelWidget = new QLabel(label, mappingBox);
        labelWidget->setToolTip(fieldDescription(ours[f]));
        labelWidget->setBuddy(box);
        mapping->addRow(labelWidget, box);
        mBoxes.insert(ours[f], box);
        connect(box, &QComboBox::currentIndexChanged, this, &CsvImportDialog::updateOk);
    }

    mErrors = new QListWidget(this);
    mErrors->setObjectName(QStringLiteral("errors"));
    mErrors->setAccessibleName(tr("Import problems"));
    mErrors->setToolTip(tr("Problems that stop the import, as file:line: reason"));
    mErrors->setMaximumHeight(110);
    mErrors->hide();

    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    mButtons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    mButtons->button(QDialogButtonBox::Ok)->setToolTip(tr("Import the rows as one undoable step"));
    mButtons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without importing"));
    connect(mButtons, &QDialogButtonBox::accepted, this, &CsvImportDialog::tryApply);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(mPreview, 3);
    columns->addWidget(mappingBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(format);
    layout->addLayout(columns, 1);
    layout->addWidget(mErrors);
    layout->addWidget(mButtons);

    connect(mSeparator, &QComboBox::currentIndexChanged, this, [this] {
        reparse();
        fillColumnChoices();
    });
    // The form first, then the mapping top to bottom, then the buttons; the preview last,
    // since it is only read.
    QWidget *previous = mSeparator;
    for (QWidget *next : std::initializer_list<QWidget *>{mDecimalComma, mUpdate, mReplace}) {
        setTabOrder(previous, next);
        previous = next;
    }
    for (const QString &field : ours) {
        setTabOrder(previous, mBoxes.value(field));
        previous = mBoxes.value(field);
    }
    setTabOrder(previous, mButtons);
    setTabOrder(mButtons, mPreview);
    resize(900, 560);
    updateOk();
}

bool CsvImportDialog::loadFile(const QString &path)
{
    mPath = path;
    mFileLabel->setText(QFileInfo(path).fileName());
    mFileLabel->setToolTip(path);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QString head = QString::fromUtf8(file.read(64 * 1024));
        const QChar guessed = core::io::guessCsvSeparator(head);
        const QSignalBlocker block(mSeparator);
        for (int i = 0; i < mSeparator->count(); ++i) {
            if (mSeparator->itemData(i).value<QChar>() == guessed)
                mSeparator->setCurrentIndex(i);
        }
    }
    reparse();
    fillColumnChoices();
    return mTable.ok();
}

void CsvImportDialog::setSeparator(QChar separator)
{
    for (int i = 0; i < mSeparator->count(); ++i) {
        if (mSeparator->itemData(i).value<QChar>() == separator)
            mSeparator->setCurrentIndex(i);
    }
}

void CsvImportDialog::setDecimalComma(bool on)
{
    mDecimalComma->setChecked(on);
}

void CsvImportDialog::setColumn(const QString &field, const QString &header)
{
    if (QComboBox *box = mBoxes.value(field))
        box->setCurrentIndex(std::max(0, box->findData(header)));
}

void CsvImportDialog::setReplaceExisting(bool replace)
{
    (replace ? mReplace : mUpdate)->setChecked(true);
}

core::io::ImportOptions CsvImportDialog::options() const
{
    core::io::ImportOptions result;
    result.decimalComma = mDecimalComma->isChecked();
    for (auto it = mBoxes.begin(); it != mBoxes.end(); ++it)
        result.mapping.insert(it.key(), it.value()->currentData().toString());
    return result;
}

bool CsvImportDialog::replaceExisting() const
{
    return mReplace->isChecked();
}

QStringList CsvImportDialog::shownErrors() const
{
    QStringList out;
    for (int i = 0; i < mErrors->count(); ++i)
        out << mErrors->item(i)->text();
    return out;
}

void CsvImportDialog::reparse()
{
    mTable = core::io::readCsvFile(mPath, mSeparator->currentData().value<QChar>());
    mErrors->clear();
    if (!mTable.ok()) {
        mErrors->addItem(QStringLiteral("%1:%2: %3").arg(mPath).arg(mTable.errorLine).arg(mTable.error));
        mErrors->show();
    } else {
        mErrors->hide();
    }
    fillPreview();
}

void CsvImportDialog::fillPreview()
{
    mPreview->clear();
    mPreview->setColumnCount(int(mTable.header.size()));
    mPreview->setHorizontalHeaderLabels(mTable.header);
    const int rows = int(std::min<std::size_t>(mTable.records.size(), kPreviewRows));
    mPreview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const QStringList &fields = mTable.records[std::size_t(r)].fields;
        for (int c = 0; c < fields.size() && c < mTable.header.size(); ++c)
            mPreview->setItem(r, c, new QTableWidgetItem(fields[c]));
    }
    mPreview->resizeColumnsToContents();
}

void CsvImportDialog::fillColumnChoices()
{
    const core::io::ColumnMapping guessed = core::io::guessColumnMapping(mTable.header, fields(mKind));
    for (auto it = mBoxes.begin(); it != mBoxes.end(); ++it) {
        QComboBox *box = it.value();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("(not in the file)"), QString());
        for (const QString &header : mTable.header)
            box->addItem(header, header);
        box->setCurrentIndex(std::max(0, box->findData(guessed.value(it.key()))));
    }
    updateOk();
}

void CsvImportDialog::updateOk()
{
    bool complete = mTable.ok() && !mPath.isEmpty();
    const QStringList ours = fields(mKind);
    for (int f = 0; f < requiredFields(mKind); ++f)
        complete = complete && !mBoxes.value(ours[f])->currentData().toString().isEmpty();
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

void CsvImportDialog::tryApply()
{
    const QStringList problems = mApply(*this);
    mErrors->clear();
    if (problems.isEmpty()) {
        accept();
        return;
    }
    mErrors->addItems(problems);
    mErrors->show();
}

} // namespace taktflow::app

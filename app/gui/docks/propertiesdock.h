// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace taktflow::app {

class OutlineTable;
class ProjectDocument;

/**
 * Properties of the selection with numeric entry: position, size, rotation and the other item
 * fields. With several items selected it shows the first and an edit applies to all of them.
 * Every edit is one command; fields follow the model (drags, undo) as it changes.
 */
class PropertiesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PropertiesDock(ProjectDocument *document, QWidget *parent = nullptr);

    QDoubleSpinBox *xField() const { return mX; }
    QDoubleSpinBox *yField() const { return mY; }
    QDoubleSpinBox *rotationField() const { return mRotation; }
    QDoubleSpinBox *widthField() const { return mWidth; }
    QLineEdit *nameField() const { return mName; }
    /** Corners of a selected zone or outlined item, in floor metres. */
    OutlineTable *cornersTable() const { return mCorners; }

private:
    enum class Field { X, Y, Width, Depth, Rotation, Height, Automation, Clearance, Power };
    QDoubleSpinBox *addSpin(Field field, double min, double max, int decimals, const QString &suffix);
    void refresh();
    void commitNumber(Field field, double value);
    void commitName();
    void commitType(int index);
    void commitFixed(bool fixed);
    QStringList selectedIds() const;

    ProjectDocument *mDocument;
    QLabel *mHeading = nullptr;
    QLineEdit *mName = nullptr;
    QComboBox *mType = nullptr;
    QDoubleSpinBox *mX = nullptr;
    QDoubleSpinBox *mY = nullptr;
    QDoubleSpinBox *mWidth = nullptr;
    QDoubleSpinBox *mDepth = nullptr;
    QDoubleSpinBox *mRotation = nullptr;
    QDoubleSpinBox *mHeight = nullptr;
    QDoubleSpinBox *mAutomation = nullptr;
    QDoubleSpinBox *mClearance = nullptr;
    QDoubleSpinBox *mPower = nullptr;
    QCheckBox *mFixed = nullptr;
    OutlineTable *mCorners = nullptr;
    QWidget *mForm = nullptr;
    bool mRefreshing = false;
};

} // namespace taktflow::app

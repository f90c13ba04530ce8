// SPDX-License-Identifier: GPL-3.0-or-later
// The one bounded file read every reader goes through.
#include "core/io/boundedread.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace taktflow::core;

class TstBoundedRead : public QObject
{
    Q_OBJECT

private slots:
    void readsAFileUpToTheLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ten.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("0123456789");
        file.close();
        const BoundedRead exact = readFileBounded(path, 10);
        QVERIFY(exact.ok());
        QCOMPARE(exact.bytes, QByteArray("0123456789"));
        const BoundedRead over = readFileBounded(path, 9);
        QCOMPARE(over.problem, BoundedRead::Problem::TooLarge);
        QVERIFY(over.bytes.isEmpty());
    }

    void refusesADeviceWithoutEnd()
    {
        // /dev/zero reports size 0 and never ends: only the byte past the limit stops it.
        const BoundedRead zero = readFileBounded(QStringLiteral("/dev/zero"), 4096);
        QCOMPARE(zero.problem, BoundedRead::Problem::TooLarge);
    }

    void namesWhyAFileCannotBeOpened()
    {
        const BoundedRead missing = readFileBounded(QStringLiteral("/nonexistent/taktflow.csv"), 10);
        QCOMPARE(missing.problem, BoundedRead::Problem::CannotOpen);
        QVERIFY(!missing.openError.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstBoundedRead)
#include "tst_boundedread.moc"

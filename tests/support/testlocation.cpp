#include "testlocation.h"

#include <QTest>

void lapor::test::failAt(const QString &message, const TestLocation &where)
{
    QTest::qFail(qPrintable(message), where.file_name(), where.line());
}

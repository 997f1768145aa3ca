#include "plainwords.h"
#include "sampledata.h"
#include "store/actionwriter.h"
#include "store/database.h"
#include "tempstore.h"
#include "ui/approvalview.h"
#include "ui/drafteditor.h"
#include "ui/errorbox.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace lapor;
namespace Sample = lapor::test::Sample;

namespace {

using lapor::test::technicalIn;

// Answers every question box with Yes and keeps what each warning box said.
class BoxWatcher : public QObject
{
public:
    struct Seen
    {
        QString text;
        QString details;
    };

    BoxWatcher()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (box->icon() == QMessageBox::Question) {
                // A click, not done(): QMessageBox::question() reads the clicked button.
                if (QAbstractButton *yes = box->button(QMessageBox::Yes))
                    yes->click();
                return;
            }
            seen.append({ box->text(), box->detailedText() });
            box->done(QMessageBox::Ok);
        });
        m_timer.start();
    }

    QList<Seen> seen;

private:
    QTimer m_timer;
};

} // namespace

// A message box says what happened in plain words; SQL, Qt and file-system text is only in
// its details (docs/messages.md). The store is made read-only under the open windows, as
// when the disk or the profile folder stops taking writes.
class TestErrorBoxes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void splitKeepsPlainWords();
    void storeThatWontOpen();
    void approvalOnReadOnlyStore();
    void discardOnReadOnlyStore();

private:
    void makeReadOnly();
    std::unique_ptr<lapor::test::TempStore> m_desk;
};

void TestErrorBoxes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestErrorBoxes::init()
{
    m_desk = std::make_unique<lapor::test::TempStore>();
    QVERIFY(m_desk->openProfile());
    QVERIFY(m_desk->addDesk());
}

void TestErrorBoxes::cleanup()
{
    m_desk.reset();
}

void TestErrorBoxes::makeReadOnly()
{
    QSqlQuery q(m_desk->db()->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = ON")));
}

void TestErrorBoxes::splitKeepsPlainWords()
{
    const QString plain = QStringLiteral("Tampilan tidak dapat disimpan.");
    const QString said = QStringLiteral("Nama tampilan sudah dipakai.");
    QCOMPARE(ErrorBox::split(plain, said).text, said);
    QVERIFY(ErrorBox::split(plain, said).details.isEmpty());
    const QString sql = QStringLiteral("attempt to write a readonly database Unable to fetch row "
                                       "in: INSERT INTO views (name) VALUES (?)");
    QCOMPARE(ErrorBox::split(plain, sql).text, plain);
    QCOMPARE(ErrorBox::split(plain, sql).details, sql);
    QCOMPARE(ErrorBox::split(plain, QString()).text, plain);
    for (const QString &raw :
         { QStringLiteral("Error transferring https://hub/v1/changes - server replied: Bad"),
           QStringLiteral("Connection refused"), QStringLiteral("SSL handshake failed"),
           QStringLiteral("Berkas /home/ana/.local/share/lapordesk/x.sqlite rusak"),
           QStringLiteral("errno 28"), QStringLiteral("QSqlError 0x1c") })
        QVERIFY2(TechnicalText::looksTechnical(raw), qPrintable(raw));
}

void TestErrorBoxes::storeThatWontOpen()
{
    // What the desk starts with when its store is not a database (deskstartup.cpp).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lapordesk.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const auto opened = Database::open(path);
    QVERIFY(!opened.database);
    const auto said
        = ErrorBox::split(QStringLiteral("Data LAPOR Desk tidak dapat dibuka."), opened.message);
    QVERIFY2(technicalIn(said.text).isEmpty(), qPrintable(said.text));
    QCOMPARE(said.details, opened.message);
}

void TestErrorBoxes::approvalOnReadOnlyStore()
{
    ActionWriter officer(*m_desk->db(), Sample::officer());
    const auto draft = officer.createDraft(Sample::kCase, QStringLiteral("Sudah kami tambal."));
    QVERIFY(draft);
    QVERIFY(officer.submitDraft(draft.id));
    ApprovalView view(*m_desk->db(), Sample::approver());
    QString error;
    QVERIFY2(view.openCase(Sample::kCase, &error), qPrintable(error));
    view.show();
    makeReadOnly();

    BoxWatcher boxes;
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("approveButton")),
                      Qt::LeftButton);
    QCOMPARE(boxes.seen.size(), 1);
    const auto &box = boxes.seen.constFirst();
    QVERIFY2(technicalIn(box.text).isEmpty(),
             qPrintable(QStringLiteral("%1 in: %2").arg(technicalIn(box.text), box.text)));
    QVERIFY2(box.text.contains(QStringLiteral("menunggu keputusan")), qPrintable(box.text));
    QVERIFY2(box.details.contains(QStringLiteral("readonly")), qPrintable(box.details));
}

void TestErrorBoxes::discardOnReadOnlyStore()
{
    DraftEditor editor(*m_desk->db(), m_desk->profile()->dir(), Sample::officer());
    QString error;
    QVERIFY2(editor.openCase(Sample::kCase, &error), qPrintable(error));
    editor.show();
    QTest::keyClicks(editor.findChild<QWidget *>(QStringLiteral("textEdit")),
                     QStringLiteral("Lubang sudah ditambal."));
    QVERIFY(editor.saveNow());
    makeReadOnly();

    // The autosave line under the text says it in plain words too; its tooltip has the cause.
    QTest::keyClicks(editor.findChild<QWidget *>(QStringLiteral("textEdit")),
                     QStringLiteral(" Besok dicek."));
    QVERIFY(!editor.saveNow());
    auto *saveLabel = editor.findChild<QLabel *>(QStringLiteral("saveLabel"));
    QVERIFY(saveLabel);
    QVERIFY2(technicalIn(saveLabel->text()).isEmpty(), qPrintable(saveLabel->text()));
    QVERIFY2(saveLabel->toolTip().contains(QStringLiteral("readonly")),
             qPrintable(saveLabel->toolTip()));

    BoxWatcher boxes;
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("discardButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(boxes.seen.size(), 1);
    const auto &box = boxes.seen.constFirst();
    QVERIFY2(technicalIn(box.text).isEmpty(),
             qPrintable(QStringLiteral("%1 in: %2").arg(technicalIn(box.text), box.text)));
    QVERIFY2(!box.details.isEmpty(), "the cause is kept in the details");
}

QTEST_MAIN(TestErrorBoxes)
#include "tst_errorboxes.moc"

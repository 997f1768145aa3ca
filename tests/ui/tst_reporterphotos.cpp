#include "core/imagemetadata.h"
#include "photobytes.h"
#include "sampledata.h"
#include "store/caserepository.h"
#include "store/draftrepository.h"
#include "tempstore.h"
#include "testfiles.h"
#include "ui/caseview.h"
#include "ui/drafteditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace lapor;
namespace F = lapor::test::Sample;
namespace Photo = lapor::test::Photo;

using lapor::test::readFile;
using lapor::test::writeFile;

namespace {

// Answers the modal dialogs that come up while a test clicks: a file dialog gets `file`, a
// question gets `answer`, a warning is accepted. Every box's text is kept. It looks for
// them on a short timer, so a dialog opened from inside a click is answered too.
class Answerer : public QObject
{
public:
    Answerer(QMessageBox::StandardButton answer, const QString &file = QString())
        : m_answer(answer)
        , m_file(file)
    {
        connect(&m_timer, &QTimer::timeout, this, &Answerer::look);
        m_timer.start(10);
    }

    QStringList questions;
    QStringList warnings;
    int fileDialogs = 0;

private:
    void look()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            ++fileDialogs;
            // Typed, as a user would: a selectFile() can still be replaced by the dialog's
            // suggested name once its folder has loaded in the background.
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(m_file);
            else
                dialog->selectFile(m_file);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, protected there
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (box->icon() == QMessageBox::Question) {
                QCOMPARE(box->textFormat(), Qt::PlainText);
                questions.append(box->text());
                box->button(m_answer)->click();
            } else {
                warnings.append(box->text());
                box->accept();
            }
        }
    }

    QMessageBox::StandardButton m_answer;
    QString m_file;
    QTimer m_timer;
};

} // namespace

// Reporters' photos on the desk: a copy saved from an anonymous or confidential case
// leaves without its metadata, one from an ordinary case stays whole, and attaching a
// reporter's own photo to the reply on such a case is asked first.
class TestReporterPhotos : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void savedFromConfidentialCaseLosesMetadata();
    void savedFromOrdinaryCaseStaysWhole();
    void damagedPhotoOfHiddenCaseIsNotSaved();
    void reportersPhotoOnAnonymousCaseIsAskedFirst();
    void copiesOfReportersPhotoAreRecognised();
    void officersOwnPhotoIsNotAsked();

private:
    // The reporter's photo as downloaded: attachments/<id>/<name>, with the hub's sha256.
    QString addReportersPhoto(qint64 caseId, const QString &id, const QByteArray &bytes);
    void makeConfidential(qint64 caseId);
    // Saves the case's first attachment through the workspace's "Simpan sebagai".
    void saveFirstAttachment(qint64 caseId, Answerer &answerer);

    std::unique_ptr<lapor::test::TempStore> m_desk;
    WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WIB);
};

void TestReporterPhotos::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReporterPhotos::init()
{
    m_desk = std::make_unique<lapor::test::TempStore>();
    QVERIFY(m_desk->openProfile());
    QVERIFY(m_desk->addDesk());
}

QString TestReporterPhotos::addReportersPhoto(qint64 caseId, const QString &id,
                                              const QByteArray &bytes)
{
    const QString relative = id + QStringLiteral("/foto-pelapor.jpg");
    const QString path = QDir(m_desk->profile()->attachmentsDir()).filePath(relative);
    if (!writeFile(path, bytes)) {
        QTest::qFail("cannot write the reporter's photo", __FILE__, __LINE__);
        return {};
    }
    QSqlQuery q(m_desk->db()->connection());
    q.prepare(QStringLiteral("INSERT INTO attachments (id, case_id, owner_kind, file_name, "
                             "mime_type, size, sha256, local_path, downloaded_bytes) VALUES "
                             "(?, ?, 'case', 'foto-pelapor.jpg', 'image/jpeg', ?, ?, ?, ?)"));
    for (const QVariant &value :
         { QVariant(id), QVariant(caseId), QVariant(bytes.size()),
           QVariant(QString::fromLatin1(
               QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())),
           QVariant(relative), QVariant(bytes.size()) })
        q.addBindValue(value);
    if (!q.exec()) {
        QTest::qFail("cannot record the reporter's photo", __FILE__, __LINE__);
        return {};
    }
    return path;
}

void TestReporterPhotos::makeConfidential(qint64 caseId)
{
    CaseRepository cases(*m_desk->db(), m_calendar);
    auto c = cases.find(caseId);
    QVERIFY(c);
    c->confidential = true;
    QString error;
    QVERIFY2(cases.upsert(*c, &error), qPrintable(error));
}

void TestReporterPhotos::saveFirstAttachment(qint64 caseId, Answerer &answerer)
{
    CaseView view;
    view.setup(*m_desk->profile(), *m_desk->db(), m_calendar);
    view.setUser(F::officer().id, Role::Officer);
    QVERIFY(view.showCase(caseId));
    view.show();
    auto *files = view.findChild<QListWidget *>(QStringLiteral("attachmentList"));
    QCOMPARE(files->count(), 1);
    files->setCurrentRow(0);
    auto *save = view.findChild<QPushButton *>(QStringLiteral("saveAttachmentButton"));
    QVERIFY(save->isEnabled());
    save->click();
    QCOMPARE(answerer.fileDialogs, 1);
}

void TestReporterPhotos::savedFromConfidentialCaseLosesMetadata()
{
    makeConfidential(F::kCase);
    const QByteArray photo = Photo::cameraJpeg(6);
    addReportersPhoto(F::kCase, QStringLiteral("a-rahasia"), photo);
    const QString target = m_desk->filePath(QStringLiteral("disimpan.jpg"));
    Answerer answerer(QMessageBox::Yes, target);
    saveFirstAttachment(F::kCase, answerer);
    QCOMPARE(answerer.warnings, QStringList());
    const QByteArray saved = readFile(target);
    QCOMPARE(saved, ImageMetadata::strip(photo).data);
    for (const char *gone : { "Canon", "Budi", "GPSLatitude", "Photoshop" })
        QVERIFY2(!saved.contains(gone), gone);
    // The picture itself is byte for byte the reporter's.
    const QByteArray plain = Photo::plainJpeg();
    QVERIFY(saved.endsWith(plain.mid(Photo::afterJfif(plain))));
}

void TestReporterPhotos::savedFromOrdinaryCaseStaysWhole()
{
    // Neither anonymous nor confidential: the position helps find the pothole.
    const QByteArray photo = Photo::cameraJpeg(6);
    addReportersPhoto(F::kCase, QStringLiteral("a-biasa"), photo);
    const QString target = m_desk->filePath(QStringLiteral("disimpan.jpg"));
    Answerer answerer(QMessageBox::Yes, target);
    saveFirstAttachment(F::kCase, answerer);
    QCOMPARE(readFile(target), photo);
}

void TestReporterPhotos::damagedPhotoOfHiddenCaseIsNotSaved()
{
    const QByteArray photo = Photo::cameraJpeg(6);
    addReportersPhoto(F::kAnonymousCase, QStringLiteral("a-rusak"), photo.left(photo.size() / 2));
    const QString target = m_desk->filePath(QStringLiteral("disimpan.jpg"));
    Answerer answerer(QMessageBox::Yes, target);
    saveFirstAttachment(F::kAnonymousCase, answerer);
    QTRY_COMPARE(answerer.warnings.size(), 1);
    QVERIFY2(answerer.warnings.first().contains(QStringLiteral("tidak disimpan")),
             qPrintable(answerer.warnings.first()));
    QVERIFY(!QFile::exists(target));
}

void TestReporterPhotos::reportersPhotoOnAnonymousCaseIsAskedFirst()
{
    const QByteArray photo = Photo::cameraJpeg(6);
    const QString downloaded
        = addReportersPhoto(F::kAnonymousCase, QStringLiteral("a-anon"), photo);
    DraftEditor editor(*m_desk->db(), m_desk->profile()->dir(), F::officer());
    QVERIFY(editor.openCase(F::kAnonymousCase, nullptr));
    {
        Answerer no(QMessageBox::No);
        QString error = QStringLiteral("unchanged");
        QVERIFY(!editor.addAttachment(downloaded, &error));
        QCOMPARE(no.questions.size(), 1);
        QVERIFY2(no.questions.first().contains(QStringLiteral("kiriman pelapor")),
                 qPrintable(no.questions.first()));
        QVERIFY2(no.questions.first().contains(QStringLiteral("anonim")),
                 qPrintable(no.questions.first()));
        QVERIFY(error.isEmpty()); // the user's choice, not a problem to show
        // Declining leaves nothing behind: no draft, no file.
        QVERIFY(DraftRepository(*m_desk->db()).forCase(F::kAnonymousCase).isEmpty());
        QVERIFY(editor.draftId().isEmpty());
    }
    Answerer yes(QMessageBox::Yes);
    QString error;
    QVERIFY2(editor.addAttachment(downloaded, &error), qPrintable(error));
    QCOMPARE(yes.questions.size(), 1);
    // Attached, and like every draft photo without its metadata.
    const QString copy = m_desk->profile()->dir() + QStringLiteral("/drafts/") + editor.draftId()
        + QStringLiteral("/foto-pelapor.jpg");
    QCOMPARE(readFile(copy), ImageMetadata::strip(photo).data);
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("saveLabel"))
                ->text()
                .contains(QStringLiteral("Lokasi GPS")));
}

void TestReporterPhotos::copiesOfReportersPhotoAreRecognised()
{
    makeConfidential(F::kCase);
    const QByteArray photo = Photo::cameraJpeg(6);
    addReportersPhoto(F::kCase, QStringLiteral("a-asli"), photo);
    // The same bytes elsewhere, and a copy saved from the case (its metadata gone).
    const QString sameBytes = m_desk->filePath(QStringLiteral("unduhan/foto.jpg"));
    const QString savedCopy = m_desk->filePath(QStringLiteral("salinan.jpg"));
    QVERIFY(writeFile(sameBytes, photo));
    QVERIFY(writeFile(savedCopy, ImageMetadata::strip(photo).data));
    DraftEditor editor(*m_desk->db(), m_desk->profile()->dir(), F::officer());
    QVERIFY(editor.openCase(F::kCase, nullptr));
    Answerer no(QMessageBox::No);
    QString error;
    QVERIFY(!editor.addAttachment(sameBytes, &error));
    QVERIFY(!editor.addAttachment(savedCopy, &error));
    QCOMPARE(no.questions.size(), 2);
    QVERIFY2(no.questions.first().contains(QStringLiteral("rahasia")),
             qPrintable(no.questions.first()));
}

void TestReporterPhotos::officersOwnPhotoIsNotAsked()
{
    addReportersPhoto(F::kAnonymousCase, QStringLiteral("a-pelapor"), Photo::cameraJpeg(6));
    // The officer's own photo of the site: another picture, so nothing to ask.
    const QByteArray own = Photo::encoded("PNG");
    const QString path = m_desk->filePath(QStringLiteral("foto petugas.png"));
    QVERIFY(writeFile(path, own));
    DraftEditor editor(*m_desk->db(), m_desk->profile()->dir(), F::officer());
    QVERIFY(editor.openCase(F::kAnonymousCase, nullptr));
    Answerer answerer(QMessageBox::No);
    QString error;
    QVERIFY2(editor.addAttachment(path, &error), qPrintable(error));
    QCOMPARE(answerer.questions, QStringList());
}

QTEST_MAIN(TestReporterPhotos)
#include "tst_reporterphotos.moc"

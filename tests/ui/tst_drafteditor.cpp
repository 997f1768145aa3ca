#include "core/imagemetadata.h"
#include "photobytes.h"
#include "sampledata.h"
#include "store/draftrepository.h"
#include "store/outboxrepository.h"
#include "tempstore.h"
#include "ui/drafteditor.h"

#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace lapor;
namespace F = lapor::test::Sample;

namespace {

const QString kReply
    = QStringLiteral("Yth. Bapak/Ibu, lubang di Jl. Ahmad Yani sudah kami tambal pada hari Senin.");

std::optional<Draft> storedDraft(Database &db, qint64 caseId)
{
    const auto drafts = DraftRepository(db).forCase(caseId);
    return drafts.isEmpty() ? std::nullopt : std::optional<Draft>(drafts.constLast());
}

} // namespace

class TestDraftEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void autosaveWritesTypedText();
    void autosaveFiresWhileTypingContinues();
    void closingSavesAtOnce();
    void failingCheckShownNextToSubmit();
    void templateFillsPlaceholders();
    void anonimTemplateNeverNamesReporter();
    void submitCreatesRevisionAndOutboxEntry();
    void attachmentsWithinLimits();
    void largePhotoShowsItsSaving();
    void revisionHistoryShowsDiff();
    void reopensOwnDraft();
    void textStaysPlain();

private:
    std::unique_ptr<lapor::test::TempStore> m_desk;
};

void TestDraftEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDraftEditor::init()
{
    m_desk = std::make_unique<lapor::test::TempStore>();
    QVERIFY(m_desk->openProfile());
    QVERIFY(m_desk->addDesk());
}

void TestDraftEditor::autosaveWritesTypedText()
{
    DraftEditor editor(*m_desk->db(), m_desk->profile()->dir(), F::officer());
    QCOMPARE(editor.autosaveInterval(), DraftEditor::kAutosaveMs);
    // A short interval, and the test waits for the save itself, not for a time.
    editor.setAutosaveInterval(20);
    QString error;
    QVERIFY2(editor.openCase(F::kCase, &error), qPrintable(error));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!storedDraft(*m_desk->db(), F::kCase));
    QSignalSpy saved(&editor, &DraftEditor::saved);
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    QTest::keyClicks(text, QStringLiteral("Sedang kami tinjau"));
    QVERIFY(editor.isDirty());
    QVERIFY(saved.wait(10000));
    QVERIFY(!editor.isDirty());
    const auto draft = storedDraft(*m_desk->db(), F::kCase);
    QVERIFY(draft);
    QCOMPARE(draft->text, QStringLiteral("Sedang kami tinjau"));
    QCOMPARE(draft->authorId, QStringLiteral("petugas1"));
    QCOMPARE(draft->state, DraftState::Editing);
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("saveLabel"))
                ->text()
                .contains(QStringLiteral("Tersimpan")));
}

void TestDraftEditor::autosaveFiresWhileTypingContinues()
{
    // The timer is not restarted by each keystroke: someone typing without a pause is
    // still saved every interval. Here the typing never pauses (a keystroke on every turn
    // of the event loop, far more often than the 50 ms interval), so a timer restarted by
    // keystrokes would never fire; the bound only ends a failing test.
    DraftEditor editor(*m_desk->db(), m_desk->profile()->dir(), F::officer());
    editor.setAutosaveInterval(50);
    QVERIFY(editor.openCase(F::kCase, nullptr));
    editor.show();
    QSignalSpy saved(&editor, &DraftEditor::saved);
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    QDeadlineTimer bound(10000);
    while (saved.isEmpty() && !bound.hasExpired()) {
        QTest::keyClicks(text, QStringLiteral("ab"));
        QCoreApplication::processEvents();
    }
    QVERIFY(!saved.isEmpty());
    const auto draft = storedDraft(*m_desk->db(), F::kCase);
    QVERIFY(draft && !draft->text.isEmpty());
}

void TestDraftEditor::closingSavesAtOnce()
{
    auto *editor = new DraftEditor(*m_desk->db(), m_desk->profile()->dir(), F::officer());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QVERIFY(editor->openCase(F::kCase, nullptr));
    editor->show();
    QTest::keyClicks(editor->findChild<QPlainTextEdit *>(QStringLiteral("textEdit")),
                     QStringLiteral("Ditutup sebelum autosave"));
    editor->close(); // long before the 3 s interval
    const auto draft = storedDraft(*m_desk->db(), F::kCase);
    QVERIFY(draft);
    QCOMPARE(draft->text, QStringLiteral("Ditutup sebelum autosave"));
}

void TestDraftEditor::failingCheckShownNextToSubmit()
{
    DraftEditor editor(*m_desk->db(), m_desk->profile()->dir(), F::officer());
    QVERIFY(editor.openCase(F::kCase, nullptr));
    editor.show();
    auto *checks = editor.findChild<QLabel *>(QStringLiteral("checksLabel"));
    auto *submit = editor.findChild<QPushButton *>(QStringLiteral("submitButton"));
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    QVERIFY(checks->text().contains(QStringLiteral("Draf masih kosong")));
    QVERIFY(!submit->isEnabled());
    QTest::keyClicks(text, QStringLiteral("Sudah."));
    QVERIFY2(checks->text().contains(QStringLiteral("terlalu pendek")), qPrintable(checks->text()));
    QVERIFY(submit->toolTip().contains(QStringLiteral("terlalu pendek")));
    QVERIFY(!submit->isEnabled());
    text->setPlainText(kReply + QStringLiteral(" Foto terlampir."));
    QVERIFY(checks->text().contains(QStringLiteral("belum ada berkas")));
    QVERIFY(!submit->isEnabled());
    QString error;
    QVERIFY(!editor.submit(&error));
    QVERIFY(error.contains(QStringLiteral("terlampir")));
    text->setPlainText(kReply);
    QVERIFY2(submit->isEnabled(), qPrintable(checks->text()));
    QVERIFY(checks->text().contains(QStringLiteral("siap diajukan")));
}

void TestDraftEditor::templateFillsPlaceholders()
{
    DraftEditor editor(*m_desk->db(), m_desk->profile()->dir(), F::officer());
    QVERIFY(editor.openCase(F::kCase, nullptr));
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("templateCombo"));
    QVERIFY(combo->count() >= 4);
    QString error;
    QVERIFY2(editor.applyTemplate(0, true, &error), qPrintable(error));
    const QString text
        = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->toPlainText();
    QVERIFY(text.contains(QStringLiteral("8112829")));
    QVERIFY(text.contains(QStringLiteral("Budi Santoso")));
    QVERIFY(text.contains(QStringLiteral("Dinas Pekerjaan Umum dan Penataan Ruang")));
    QVERIFY(!text.contains(QStringLiteral("{")));
    QVERIFY(editor.failedChecks().isEmpty());
    // Inserting at the cursor keeps what is there.
    QVERIFY(editor.applyTemplate(1, false, &error));
    QVERIFY(editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))
                ->toPlainText()
                .startsWith(text));
}

void TestDraftEditor::anonimTemplateNeverNamesReporter()
{
    DraftEditor editor(*m_desk->db(), m_desk->profile()->dir(), F::officer());
    QVERIFY(editor.openCase(F::kAnonymousCase, nullptr));
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("templateCombo"));
    int refused = -1;
    for (int i = 0; i < combo->count(); ++i) {
        QString error;
        const bool ok = editor.applyTemplate(i, true, &error);
        const QString text
            = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->toPlainText();
        if (!ok) {
            refused = i;
            QVERIFY(error.contains(QStringLiteral("anonim")));
            continue;
        }
        QVERIFY(text.contains(QStringLiteral("Bapak/Ibu Pelapor")));
    }
    QVERIFY(refused >= 0);
    QVERIFY(combo->itemText(refused).contains(QStringLiteral("tidak untuk laporan anonim")));
    // A phone number typed into a reply to an anonim case is caught.
    editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))
        ->setPlainText(kReply + QStringLiteral(" Kami sudah menghubungi 0812-3456-7890."));
    QCOMPARE(editor.failedChecks().size(), 1);
    QCOMPARE(editor.failedChecks().first().ruleId, QStringLiteral("anonim_identity"));
}

void TestDraftEditor::submitCreatesRevisionAndOutboxEntry()
{
    DraftEditor editor(*m_desk->db(), m_desk->profile()->dir(), F::officer());
    QVERIFY(editor.openCase(F::kCase, nullptr));
    editor.show();
    QSignalSpy submitted(&editor, &DraftEditor::submitted);
    QTest::keyClicks(editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit")), kReply);
    QString error;
    QVERIFY2(editor.submit(&error), qPrintable(error));
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(submitted.first().at(2).toInt(), 1);
    const auto draft = storedDraft(*m_desk->db(), F::kCase);
    QVERIFY(draft);
    QCOMPARE(draft->state, DraftState::Submitted);
    QCOMPARE(draft->revision, 1);
    const auto revisions = DraftRepository(*m_desk->db()).revisions(draft->id);
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(revisions.first().text, kReply);
    const auto entries = OutboxRepository(*m_desk->db()).forCase(F::kCase);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().kind, OutboxKind::DraftSubmit);
    QCOMPARE(entries.first().entityId, draft->id);
    QCOMPARE(entries.first().payload.value(QLatin1String("revision")).toInt(), 1);
    QCOMPARE(entries.first().payload.value(QLatin1String("text")).toString(), kReply);
    QVERIFY(!editor.findChild<QPushButton *>(QStringLiteral("submitButton"))->isEnabled());
}

void TestDraftEditor::attachmentsWithinLimits()
{
    DraftEditor editor(*m_desk->db(), m_desk->profile()->dir(), F::officer());
    QVERIFY(editor.openCase(F::kCase, nullptr));
    editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))
        ->setPlainText(kReply + QStringLiteral(" Foto terlampir."));
    QCOMPARE(editor.failedChecks().size(), 1);
    const QString photo = m_desk->filePath(QStringLiteral("foto tambalan.jpg"));
    QFile file(photo);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lapor::test::Photo::plainJpeg());
    file.close();
    QString error;
    // A file named like a photo must be one: its metadata could not be removed otherwise.
    const QString fake = m_desk->filePath(QStringLiteral("bukan foto.jpg"));
    QFile fakeFile(fake);
    QVERIFY(fakeFile.open(QIODevice::WriteOnly));
    fakeFile.write(QByteArray(2048, 'x'));
    fakeFile.close();
    QVERIFY(!editor.addAttachment(fake, &error));
    QVERIFY2(error.contains(QStringLiteral("bukan foto JPEG")), qPrintable(error));
    QVERIFY2(editor.addAttachment(photo, &error), qPrintable(error));
    QVERIFY(editor.failedChecks().isEmpty());
    auto *list = editor.findChild<QListWidget *>(QStringLiteral("attachmentList"));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("foto tambalan.jpg")));
    // The copy lives in the profile: removing the original changes nothing.
    QVERIFY(QFile::remove(photo));
    QVERIFY(QFile::exists(m_desk->profile()->dir() + QStringLiteral("/drafts/") + editor.draftId()
                          + QStringLiteral("/foto tambalan.jpg")));
    const QString big = m_desk->filePath(QStringLiteral("video.mp4"));
    QFile bigFile(big);
    QVERIFY(bigFile.open(QIODevice::WriteOnly));
    bigFile.write("x");
    bigFile.close();
    QVERIFY(!editor.addAttachment(big, &error));
    QVERIFY(error.contains(QStringLiteral(".mp4")));
    const QString huge = m_desk->filePath(QStringLiteral("scan.pdf"));
    QFile hugeFile(huge);
    QVERIFY(hugeFile.open(QIODevice::WriteOnly));
    QVERIFY(hugeFile.resize(10 * 1024 * 1024 + 1));
    hugeFile.close();
    QVERIFY(!editor.addAttachment(huge, &error));
    QVERIFY(error.contains(QStringLiteral("terlalu besar")));
    QCOMPARE(list->count(), 1);
    // Removing the photo takes the draft back below what the checks ask for.
    auto *remove = editor.findChild<QPushButton *>(QStringLiteral("removeAttachmentButton"));
    list->setCurrentRow(0);
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(list->count(), 0);
    QVERIFY(!remove->isEnabled());
    QCOMPARE(editor.failedChecks().size(), 1);
    QVERIFY(!editor.findChild<QPushButton *>(QStringLiteral("submitButton"))->isEnabled());
}

void TestDraftEditor::largePhotoShowsItsSaving()
{
    // Pengaturan's longest side, read when the photo is added.
    m_desk->profile()->settings().setValue(QStringLiteral("attachments/photoMaxSide"), 800);
    DraftEditor editor(*m_desk->db(), m_desk->profile()->dir(), F::officer());
    QVERIFY(editor.openCase(F::kCase, nullptr));
    editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->setPlainText(kReply);
    QImage image(2000, 1500, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x & 0xff, y & 0xff, (x ^ y) & 0xff));
    }
    QByteArray source;
    QBuffer buffer(&source);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(image.save(&buffer, "JPG", 95));
    const auto writeSource = [this](const QString &name, const QByteArray &bytes) {
        const QString path = m_desk->filePath(name);
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? path
                                                                                    : QString();
    };
    const QString photo = writeSource(QStringLiteral("foto jalan.jpg"), source);
    const QString gone = writeSource(QStringLiteral("foto hilang.jpg"), source);
    QVERIFY(!photo.isEmpty() && !gone.isEmpty());
    QString error;
    QVERIFY2(editor.addAttachment(photo, &error), qPrintable(error));
    QVERIFY2(editor.addAttachment(gone, &error), qPrintable(error));
    QVERIFY(QFile::remove(gone));

    const QString dir = m_desk->profile()->dir() + QStringLiteral("/drafts/") + editor.draftId()
        + QLatin1Char('/');
    QFile kept(dir + QStringLiteral("foto jalan.jpg"));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    const QByteArray smaller = kept.readAll();
    kept.close();
    QCOMPARE(QImage::fromData(smaller).size(), QSize(800, 600));
    const auto size = [](qint64 bytes) {
        return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    };
    auto *list = editor.findChild<QListWidget *>(QStringLiteral("attachmentList"));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(1)->text(),
             QStringLiteral("foto jalan.jpg — %1 → %2 (diperkecil)")
                 .arg(size(source.size()), size(smaller.size())));
    auto *original = editor.findChild<QPushButton *>(QStringLiteral("originalSizeButton"));
    QVERIFY(!original->isEnabled());

    // The original is gone: said plainly, and the smaller photo stays.
    list->setCurrentRow(0);
    QVERIFY(original->isEnabled());
    QVERIFY(!editor.restoreOriginalSize(QStringLiteral("foto hilang.jpg"), &error));
    QVERIFY2(error.contains(QStringLiteral("tidak ada lagi")), qPrintable(error));
    QVERIFY(list->item(0)->text().endsWith(QStringLiteral("(diperkecil)")));

    // The button sends the original size: the item shows its plain size again.
    list->setCurrentRow(1);
    QVERIFY(original->isEnabled());
    original->click();
    QCOMPARE(list->item(1)->text(), QStringLiteral("foto jalan.jpg (%1)").arg(size(source.size())));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), ImageMetadata::strip(source).data);
    list->setCurrentRow(1);
    QVERIFY(!original->isEnabled());
}

void TestDraftEditor::revisionHistoryShowsDiff()
{
    DraftEditor editor(*m_desk->db(), m_desk->profile()->dir(), F::officer());
    QVERIFY(editor.openCase(F::kCase, nullptr));
    editor.show();
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    text->setPlainText(kReply);
    QString error;
    QVERIFY2(editor.submit(&error), qPrintable(error));
    text->setPlainText(QString(kReply).replace(QStringLiteral("Senin"), QStringLiteral("Rabu")));
    QVERIFY(editor.saveNow());
    auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(editor.findChild<QWidget *>(QStringLiteral("historyTab")));
    auto *revisions = editor.findChild<QListWidget *>(QStringLiteral("revisionList"));
    QCOMPARE(revisions->count(), 2); // the working copy and revision 1
    QVERIFY(revisions->item(0)->text().contains(QStringLiteral("belum diajukan")));
    const QString summary = editor.findChild<QLabel *>(QStringLiteral("diffSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("revisi 1")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("1 kata ditambahkan, 1 kata dihapus")));
    auto *diff = editor.findChild<QPlainTextEdit *>(QStringLiteral("diffView"));
    QVERIFY(diff->toPlainText().contains(QStringLiteral("Senin.Rabu.")));
    QVERIFY(diff->isReadOnly());
}

void TestDraftEditor::reopensOwnDraft()
{
    {
        DraftEditor editor(*m_desk->db(), m_desk->profile()->dir(), F::officer());
        QVERIFY(editor.openCase(F::kCase, nullptr));
        editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->setPlainText(kReply);
    } // destroyed without an explicit save
    DraftEditor again(*m_desk->db(), m_desk->profile()->dir(), F::officer());
    QVERIFY(again.openCase(F::kCase, nullptr));
    QCOMPARE(again.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->toPlainText(), kReply);
    QVERIFY(!again.isDirty());
    // Another officer starts their own draft instead of editing this one.
    User other = F::officer();
    other.id = QStringLiteral("petugas2");
    DraftEditor theirs(*m_desk->db(), m_desk->profile()->dir(), other);
    QVERIFY(theirs.openCase(F::kCase, nullptr));
    QVERIFY(theirs.draftId().isEmpty());
}

void TestDraftEditor::textStaysPlain()
{
    DraftEditor editor(*m_desk->db(), m_desk->profile()->dir(), F::officer());
    QVERIFY(editor.openCase(F::kCase, nullptr));
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    const QString markup
        = QStringLiteral("<b>tebal</b> <img src=x> & selesai dikerjakan hari ini.");
    text->setPlainText(markup);
    QVERIFY(editor.saveNow());
    QCOMPARE(storedDraft(*m_desk->db(), F::kCase)->text, markup);
    QVERIFY(editor.submit(nullptr));
    text->setPlainText(markup + QStringLiteral(" <i>x</i>"));
    QVERIFY(editor.saveNow());
    editor.findChild<QTabWidget *>(QStringLiteral("tabs"))
        ->setCurrentWidget(editor.findChild<QWidget *>(QStringLiteral("historyTab")));
    QVERIFY(editor.findChild<QPlainTextEdit *>(QStringLiteral("diffView"))
                ->toPlainText()
                .contains(QStringLiteral("<b>tebal</b>")));
}

QTEST_MAIN(TestDraftEditor)
#include "tst_drafteditor.moc"

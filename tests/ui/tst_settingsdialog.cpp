#include "core/profile.h"
#include "ui/notadinassettingsdialog.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace lapor;

// The preferences dialog: hub address, extra CA file, timeout, sync interval, the
// attachment prefetch budget (and whether it waits for an unmetered connection) and the
// idle time before the desk locks are kept in the profile; bad input changes nothing.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void keepsHubSettings();
    void refusesUnreadableCaFile();
    void keepsPinAndRefusesAMalformedOne();
    void keepsRetentionMonths();
    void keepsPhotoSizeWithinItsRange();
    void keepsNotaDinasAndRefusesABadPattern();

private:
    template<typename T> static T *child(QWidget &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }
};

void TestSettingsDialog::keepsHubSettings()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    QFile ca(dir.filePath(QStringLiteral("pemda-ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("-----BEGIN CERTIFICATE-----\n");
    ca.close();
    {
        SettingsDialog dialog(profile);
        QCOMPARE(child<QSpinBox>(dialog, "timeoutSpin")->value(), 30);
        QCOMPARE(child<QSpinBox>(dialog, "prefetchSpin")->value(), 200);
        QCOMPARE(child<QSpinBox>(dialog, "lockSpin")->value(), 15);
        QVERIFY(!child<QCheckBox>(dialog, "unmeteredOnlyCheck")->isChecked());
        child<QLineEdit>(dialog, "hubEdit")->setText(QStringLiteral("https://hub.example.go.id/"));
        child<QLineEdit>(dialog, "caEdit")->setText(ca.fileName());
        child<QSpinBox>(dialog, "timeoutSpin")->setValue(60);
        child<QSpinBox>(dialog, "intervalSpin")->setValue(15);
        child<QSpinBox>(dialog, "prefetchSpin")->setValue(0);
        child<QSpinBox>(dialog, "lockSpin")->setValue(0); // never
        child<QCheckBox>(dialog, "unmeteredOnlyCheck")->setChecked(true);
        // The OK button, as the user presses it.
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    auto &settings = profile.settings();
    QCOMPARE(settings.value(QStringLiteral("hub/caFile")).toString(), ca.fileName());
    QCOMPARE(settings.value(QStringLiteral("hub/timeoutSeconds")).toInt(), 60);
    QCOMPARE(settings.value(QStringLiteral("sync/intervalMinutes")).toInt(), 15);
    QCOMPARE(settings.value(QStringLiteral("attachments/prefetchMB")).toInt(), 0);
    QCOMPARE(settings.value(QStringLiteral("desk/lockMinutes")).toInt(), 0);
    QCOMPARE(settings.value(QStringLiteral("attachments/prefetchUnmeteredOnly")).toBool(), true);
    // Shown again as kept.
    SettingsDialog again(profile);
    QCOMPARE(child<QLineEdit>(again, "caEdit")->text(), ca.fileName());
    QCOMPARE(child<QSpinBox>(again, "intervalSpin")->value(), 15);
    QCOMPARE(child<QSpinBox>(again, "lockSpin")->value(), 0);
    QVERIFY(child<QCheckBox>(again, "unmeteredOnlyCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(again, "lockSpin")->text(), QStringLiteral("tidak pernah"));
}

void TestSettingsDialog::refusesUnreadableCaFile()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    SettingsDialog dialog(profile);
    child<QLineEdit>(dialog, "caEdit")->setText(dir.filePath(QStringLiteral("missing.pem")));
    child<QSpinBox>(dialog, "timeoutSpin")->setValue(90);
    QString warning;
    QTimer::singleShot(0, this, [&warning] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            warning = box->text();
            box->accept();
        }
    });
    dialog.accept();
    QVERIFY2(warning.contains(QLatin1String("missing.pem")), qPrintable(warning));
    QVERIFY(!profile.settings().contains(QStringLiteral("hub/timeoutSeconds")));
}

void TestSettingsDialog::keepsPinAndRefusesAMalformedOne()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    const QString pin = QString::fromLatin1(QByteArray(32, 'p').toBase64());
    {
        SettingsDialog dialog(profile);
        auto *edit = child<QLineEdit>(dialog, "pinEdit");
        QVERIFY(!edit->accessibleName().isEmpty());
        edit->setText(QStringLiteral("bukan-pin"));
        QString warning;
        QTimer::singleShot(0, this, [&warning] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warning = box->text();
                box->accept();
            }
        });
        dialog.accept();
        QVERIFY2(warning.contains(QLatin1String("SHA-256")), qPrintable(warning));
        QVERIFY(!profile.settings().contains(QStringLiteral("hub/pinSha256")));
        edit->setText(QLatin1Char(' ') + pin);
        dialog.accept();
    }
    QCOMPARE(profile.settings().value(QStringLiteral("hub/pinSha256")).toString(), pin);
    SettingsDialog again(profile);
    QCOMPARE(child<QLineEdit>(again, "pinEdit")->text(), pin);
}

void TestSettingsDialog::keepsRetentionMonths()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    {
        SettingsDialog dialog(profile);
        auto *spin = child<QSpinBox>(dialog, "retentionSpin");
        QCOMPARE(spin->value(), 24);
        spin->setValue(0);
        QCOMPARE(spin->text(), spin->specialValueText()); // "keep forever", not "0 bulan"
        dialog.accept();
    }
    QCOMPARE(profile.settings().value(QStringLiteral("privacy/retentionMonths")).toInt(), 0);
    SettingsDialog again(profile);
    QCOMPARE(child<QSpinBox>(again, "retentionSpin")->value(), 0);
    child<QSpinBox>(again, "retentionSpin")->setValue(36);
    again.accept();
    // Cancel keeps what was there.
    SettingsDialog cancelled(profile);
    child<QSpinBox>(cancelled, "retentionSpin")->setValue(6);
    QTest::mouseClick(cancelled.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QCOMPARE(cancelled.result(), int(QDialog::Rejected));
    QCOMPARE(profile.settings().value(QStringLiteral("privacy/retentionMonths")).toInt(), 36);
}

void TestSettingsDialog::keepsPhotoSizeWithinItsRange()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    {
        SettingsDialog dialog(profile);
        auto *side = child<QSpinBox>(dialog, "photoSideSpin");
        auto *quality = child<QSpinBox>(dialog, "photoQualitySpin");
        QCOMPARE(side->value(), 1600);
        QCOMPARE(quality->value(), 85);
        QCOMPARE(side->minimum(), 640);
        QCOMPARE(side->maximum(), 8000);
        QCOMPARE(quality->minimum(), 50);
        QCOMPARE(quality->maximum(), 100);
        side->setValue(100000); // the spin box keeps to its range
        quality->setValue(70);
        dialog.accept();
    }
    QCOMPARE(profile.settings().value(QStringLiteral("attachments/photoMaxSide")).toInt(), 8000);
    QCOMPARE(profile.settings().value(QStringLiteral("attachments/photoQuality")).toInt(), 70);
    // A hand-edited value outside the range is shown within it.
    profile.settings().setValue(QStringLiteral("attachments/photoMaxSide"), 10);
    SettingsDialog again(profile);
    QCOMPARE(child<QSpinBox>(again, "photoSideSpin")->value(), 640);
    QCOMPARE(child<QSpinBox>(again, "photoQualitySpin")->value(), 70);
}

void TestSettingsDialog::keepsNotaDinasAndRefusesABadPattern()
{
    QTemporaryDir dir;
    Profile profile(dir.path());
    {
        SettingsDialog settings(profile);
        QVERIFY(settings.findChild<QPushButton *>(QStringLiteral("notaDinasButton")));
    }
    NotaDinasSettingsDialog dialog(profile);
    dialog.patternEdit()->setText(QStringLiteral("800/{n}/DPUPR"));
    QString warning;
    auto answer = [this, &warning] {
        QTimer::singleShot(0, this, [&warning] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warning = box->text();
                box->accept();
            }
        });
    };
    answer();
    dialog.accept();
    QVERIFY2(warning.contains(QStringLiteral("tahun")), qPrintable(warning));
    QVERIFY(!profile.settings().contains(QStringLiteral("notaDinas/numberPattern")));

    // A NIP that is not 18 digits is refused as well.
    dialog.patternEdit()->setText(QStringLiteral("800/{n}/DPUPR/{romawi}/{yyyy}"));
    dialog.nipEdit()->setText(QStringLiteral("12345"));
    warning.clear();
    answer();
    dialog.accept();
    QVERIFY2(warning.contains(QStringLiteral("NIP")), qPrintable(warning));
    QVERIFY(!profile.settings().contains(QStringLiteral("notaDinas/numberPattern")));

    // Fixed, with a logo chosen from outside the profile: all kept, the logo copied in.
    dialog.nipEdit()->setText(QStringLiteral("19700101 199503 1 001"));
    const QString logo = dir.filePath(QStringLiteral("logo-instansi.png"));
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QVERIFY(image.save(logo));
    dialog.logoEdit()->setText(logo);
    dialog.accept();
    QCOMPARE(profile.settings().value(QStringLiteral("notaDinas/numberPattern")).toString(),
             QStringLiteral("800/{n}/DPUPR/{romawi}/{yyyy}"));
    QCOMPARE(profile.settings().value(QStringLiteral("notaDinas/signerNip")).toString(),
             QStringLiteral("19700101 199503 1 001"));
    const QString kept = profile.settings().value(QStringLiteral("notaDinas/logoFile")).toString();
    QVERIFY(!kept.isEmpty());
    QVERIFY(QFile::exists(dir.filePath(kept)));
    QVERIFY(dir.filePath(kept) != logo);
    NotaDinasSettingsDialog again(profile);
    QCOMPARE(again.patternEdit()->text(), QStringLiteral("800/{n}/DPUPR/{romawi}/{yyyy}"));
    QCOMPARE(again.logoEdit()->text(), kept);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"

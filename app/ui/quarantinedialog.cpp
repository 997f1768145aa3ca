#include "quarantinedialog.h"

#include "accessible.h"
#include "ui_quarantinedialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>

namespace lapor {

QuarantineDialog::QuarantineDialog(const QList<QuarantinedRecord> &records, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::QuarantineDialog>())
{
    m_ui->setupUi(this);
    Accessible::describeButtons(m_ui->buttonBox);
    m_ui->details->setPlainText(detailsText(records));
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->details->toPlainText());
        m_ui->copyButton->setText(tr("Tersalin"));
    });
}

QuarantineDialog::~QuarantineDialog() = default;

QString QuarantineDialog::detailsText(const QList<QuarantinedRecord> &records)
{
    const QLocale locale;
    QStringList blocks;
    blocks.append(tr("%n catatan dari hub tidak dapat dibaca.", nullptr, int(records.size())));
    const QString unknown = tr("(tidak terbaca)");
    for (const auto &r : records) {
        // UTC as well as local time: the admin compares it with the hub's logs.
        const QString when = r.receivedAt.isValid() ? QStringLiteral("%1 (%2)").arg(
                                 locale.toString(r.receivedAt.toLocalTime(), QLocale::ShortFormat),
                                 r.receivedAt.toUTC().toString(Qt::ISODate))
                                                    : unknown;
        blocks.append(QStringList {
            tr("Jenis: %1").arg(r.kind.isEmpty() ? unknown : r.kind),
            tr("ID: %1").arg(r.entityId.isEmpty() ? unknown : r.entityId),
            tr("Alasan: %1").arg(r.reason),
            tr("Diterima: %1").arg(when),
            tr("Kursor: %1").arg(r.cursor.isEmpty() ? tr("(awal)") : r.cursor),
            tr("Catatan: %1").arg(r.record),
        }
                          .join(QLatin1Char('\n')));
    }
    return blocks.join(QLatin1String("\n\n"));
}

} // namespace lapor

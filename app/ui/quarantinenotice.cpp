#include "quarantinenotice.h"

#include "quarantinedialog.h"
#include "store/quarantinerepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lapor {

QuarantineNotice::QuarantineNotice(Database &db, QWidget *parent)
    : QFrame(parent)
    , m_db(db)
    , m_text(new QLabel(this))
    , m_details(new QPushButton(this))
{
    setObjectName(QStringLiteral("quarantineNotice"));
    m_text->setObjectName(QStringLiteral("quarantineText"));
    m_details->setObjectName(QStringLiteral("quarantineDetails"));
    m_text->setTextFormat(Qt::PlainText);
    // One line that never claims a share of the window's height; the whole text is also
    // in the tooltip when the window is narrow.
    m_text->setWordWrap(false);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setStyleSheet(QStringLiteral("#quarantineNotice { background: #fdecea; "
                                 "border-bottom: 1px solid #e6b0aa; }"
                                 "#quarantineText { color: #5f2120; font-weight: bold; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details);
    connect(m_details, &QPushButton::clicked, this, &QuarantineNotice::showDetails);
    refresh();
}

void QuarantineNotice::refresh()
{
    m_count = QuarantineRepository(m_db).count();
    retranslate();
    setVisible(m_count > 0);
}

void QuarantineNotice::retranslate()
{
    m_text->setText(tr("%n catatan dari hub tidak dapat dibaca. Sinkronisasi tetap berjalan; "
                       "salin rinciannya untuk admin instansi.",
                       nullptr, m_count));
    m_text->setToolTip(m_text->text());
    m_details->setText(tr("Rincian…"));
    // The notice is a label; a screen reader on the button hears what it is about.
    m_details->setAccessibleName(tr("Rincian catatan yang tidak terbaca"));
    m_details->setAccessibleDescription(m_text->text());
}

void QuarantineNotice::showDetails()
{
    auto *dialog = new QuarantineDialog(QuarantineRepository(m_db).all(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
}

} // namespace lapor

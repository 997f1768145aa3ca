#include "languagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace lapor {

LanguageBar::LanguageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("languageBar"));
    setFrameShape(QFrame::StyledPanel);
    // One row above the inbox, never a share of the window's height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setStyleSheet(QStringLiteral("#languageBar { background: #e8f0fe; color: #123a73; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_text, 1);
    // Each language under its own name, so that whoever reads neither finds theirs.
    auto *indonesian = new QPushButton(QStringLiteral("Bahasa Indonesia"), this);
    indonesian->setObjectName(QStringLiteral("languageIndonesian"));
    auto *english = new QPushButton(QStringLiteral("English"), this);
    english->setObjectName(QStringLiteral("languageEnglish"));
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("languageBarClose"));
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    layout->addWidget(indonesian);
    layout->addWidget(english);
    layout->addWidget(m_close);
    connect(indonesian, &QPushButton::clicked, this,
            [this] { emit languageChosen(QStringLiteral("id")); });
    connect(english, &QPushButton::clicked, this,
            [this] { emit languageChosen(QStringLiteral("en")); });
    connect(m_close, &QToolButton::clicked, this, &LanguageBar::dismissed);
    retranslate();
}

void LanguageBar::retranslate()
{
    m_text->setText(tr("Pilih bahasa LAPOR Desk. Bisa diubah nanti di Pengaturan → Preferensi."));
    m_close->setToolTip(tr("Tutup; tetap dalam bahasa ini"));
}

void LanguageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace lapor

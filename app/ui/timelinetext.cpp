#include "timelinetext.h"

#include "core/draft.h"
#include "core/workingcalendar.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace lapor::TimelineText {

namespace {

using Event = TimelineRepository::Event;

QString tr(const char *text)
{
    return QCoreApplication::translate("lapor::TimelineText", text);
}

QString stars(int rating)
{
    return QString(rating, QChar(0x2605)) + QString(5 - rating, QChar(0x2606));
}

QColor headingColor(Event::Kind kind)
{
    switch (kind) {
    case Event::Kind::Followup:
        return QColor(0x1c, 0x5d, 0x99);
    case Event::Kind::Reply:
        return QColor(0x6a, 0x3d, 0x9a);
    case Event::Kind::Note:
        return QColor(0x80, 0x5b, 0x00);
    case Event::Kind::Draft:
    case Event::Kind::Revision:
    case Event::Kind::Decision:
    case Event::Kind::NotaDinas:
        return QColor(0x3b, 0x6e, 0x3b);
    case Event::Kind::Disposition:
        break;
    }
    return QColor(0x44, 0x44, 0x44);
}

// Where a nota dinas entry keeps its file, on its heading's block.
constexpr int kNotaDinasFile = QTextFormat::UserProperty + 1;

} // namespace

QString notaDinasFileAt(const QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    return block.isValid() ? block.blockFormat().property(kNotaDinasFile).toString() : QString();
}

QString heading(const Event &e)
{
    switch (e.kind) {
    case Event::Kind::Disposition:
        return e.subject.isEmpty() ? tr("Disposisi ke %1").arg(e.object)
                                   : tr("Disposisi: %1 → %2").arg(e.subject, e.object);
    case Event::Kind::Followup:
        return e.subject.isEmpty() ? tr("Tindak lanjut") : tr("Tindak lanjut · %1").arg(e.subject);
    case Event::Kind::Reply:
        return e.number > 0
            ? tr("Balasan pelapor · penilaian %1 (%2/5)").arg(stars(e.number)).arg(e.number)
            : tr("Balasan pelapor");
    case Event::Kind::Note:
        return tr("Catatan internal");
    case Event::Kind::Draft: {
        const auto state = DraftStates::fromKey(e.subject);
        return tr("Draf tindak lanjut (%1)").arg(state ? DraftStates::label(*state) : e.subject);
    }
    case Event::Kind::Revision:
        return tr("Draf revisi %1 diajukan untuk persetujuan").arg(e.number);
    case Event::Kind::Decision:
        return e.subject == QLatin1String("approve")
            ? tr("Draf revisi %1 disetujui").arg(e.number)
            : tr("Draf revisi %1 dikembalikan").arg(e.number);
    case Event::Kind::NotaDinas:
        return tr("Nota dinas %1 dibuat").arg(e.subject);
    }
    return {};
}

void write(QTextDocument *document, const Case &c, const QList<Event> &events,
           const WorkingCalendar &calendar)
{
    document->clear();
    QTextCursor cursor(document);
    QTextCharFormat body;
    QTextCharFormat meta;
    meta.setForeground(QColor(0x55, 0x55, 0x55));
    const QLocale locale;
    auto when = [&](const QDateTime &at) {
        return at.isValid()
            ? locale.toString(at.toTimeZone(calendar.timeZone()), QLocale::ShortFormat)
            : QString();
    };
    auto entry = [&](const QDateTime &at, const QString &title, const QColor &color,
                     const QString &actor, const QString &text, const QString &file = {}) {
        if (!cursor.atStart())
            cursor.insertBlock();
        QTextCharFormat head;
        head.setFontWeight(QFont::Bold);
        head.setForeground(color);
        if (!file.isEmpty()) {
            // Opened by a double click (CaseView): the heading carries its file and looks
            // like something that opens.
            QTextBlockFormat block = cursor.blockFormat();
            block.setProperty(kNotaDinasFile, file);
            cursor.setBlockFormat(block);
            head.setFontUnderline(true);
        }
        cursor.insertText(when(at) + QStringLiteral("  "), meta);
        cursor.insertText(title, head);
        if (!actor.isEmpty())
            cursor.insertText(QStringLiteral(" · ") + actor, meta);
        // The blocks after a heading start plain: a nota dinas heading's file stays its own.
        if (!text.isEmpty()) {
            cursor.insertBlock(QTextBlockFormat());
            cursor.insertText(text, body);
        }
        cursor.insertBlock(QTextBlockFormat());
    };

    entry(c.receivedAt,
          c.channel.isEmpty() ? tr("Laporan diterima")
                              : tr("Laporan diterima melalui %1").arg(c.channel),
          QColor(0x44, 0x44, 0x44), QString(), QString());
    for (const auto &e : events) {
        // A draft's working copy is worth reading only while it is unsent; once
        // submitted, the revisions below carry the texts the approver saw.
        const bool unsent = e.subject == QLatin1String("editing")
            || e.subject == QLatin1String("returned") || e.subject == QLatin1String("conflict");
        const QString text = e.kind == Event::Kind::Draft && !unsent ? QString() : e.text;
        entry(e.at, heading(e), headingColor(e.kind), e.actor, text,
              e.kind == Event::Kind::NotaDinas ? e.object : QString());
    }
}

} // namespace lapor::TimelineText

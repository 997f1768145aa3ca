#include "difftext.h"

#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QTextCursor>

namespace lapor::DiffText {

void show(QPlainTextEdit *view, const QList<TextDiff::Segment> &segments)
{
    view->clear();
    QTextCursor cursor(view->document());
    QTextCharFormat equal;
    QTextCharFormat inserted;
    inserted.setBackground(QColor(0xcc, 0xf0, 0xd2));
    inserted.setForeground(QColor(0x0b, 0x4f, 0x1c));
    QTextCharFormat deleted;
    deleted.setBackground(QColor(0xfa, 0xd4, 0xd4));
    deleted.setForeground(QColor(0x7a, 0x12, 0x12));
    deleted.setFontStrikeOut(true);
    for (const auto &segment : segments) {
        const QTextCharFormat &format = segment.op == TextDiff::Op::Insert ? inserted
            : segment.op == TextDiff::Op::Delete                           ? deleted
                                                                           : equal;
        cursor.insertText(segment.text, format);
    }
    view->moveCursor(QTextCursor::Start);
}

QString summary(const QList<TextDiff::Segment> &segments)
{
    const auto stats = TextDiff::stats(segments);
    if (stats.insertedWords == 0 && stats.deletedWords == 0)
        return QCoreApplication::translate("lapor::DiffText", "Tidak ada perubahan.");
    return QCoreApplication::translate("lapor::DiffText", "%1 kata ditambahkan, %2 kata dihapus.")
        .arg(stats.insertedWords)
        .arg(stats.deletedWords);
}

} // namespace lapor::DiffText

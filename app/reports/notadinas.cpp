#include "notadinas.h"

#include "core/caseprivacy.h"
#include "core/identity.h"
#include "core/notadinasnumber.h"
#include "core/notadinassettings.h"
#include "store/database.h"
#include "store/sqlutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSqlQuery>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace lapor {

namespace {

constexpr int kMaxLogoSide = 600; // pixels kept of the logo: sharp at 25 mm and 600 dpi

// A4 with the margins of a Permendagri memo: 25 mm left, 20 mm right, 15 mm top, 20 mm
// bottom. The text is laid out on exactly that area, at the layout's 96 dpi.
const QMarginsF kMarginsMm(25, 15, 20, 20);
constexpr double kLayoutDpi = 96;
constexpr double kTextWidthMm = 210 - 25 - 20;
constexpr double kTextHeightMm = 297 - 15 - 20;

double layoutUnits(double mm)
{
    return mm / 25.4 * kLayoutDpi;
}

QString fileNameFor(const QString &number)
{
    QString name = number;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    name.replace(unsafe, QStringLiteral("-"));
    return QStringLiteral("nota-dinas-%1.pdf").arg(name);
}

// The reporter of an anonim or rahasia case never appears, even when the reply names them.
QString withoutReporter(QString text, const CasePrivacy &privacy, const QString &reporter)
{
    if (privacy.showsReporter() || reporter.trimmed().isEmpty())
        return text;
    text.replace(reporter.trimmed(), privacy.reporter(reporter), Qt::CaseInsensitive);
    return text;
}

struct DecisionFacts
{
    QString draftId;
    qint64 caseId = 0;
    int revision = 0;
    QString approverId;
    QString kind;
    QString comment;
    QDateTime decidedAt;
    QString text;
    QString title;
    bool anonymous = false;
    bool confidential = false;
    QString reporterName;
    QString approverName;
};

std::optional<DecisionFacts> decisionFacts(Database &db, const QString &decisionId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT x.draft_id, d.case_id, x.revision, x.approver_id, x.kind, x.comment, "
        "  x.decided_at, coalesce(v.text, d.text), c.title, c.anonymous, c.confidential, "
        "  c.reporter_name, coalesce(u.display_name, '') "
        "FROM decisions x JOIN drafts d ON d.id = x.draft_id "
        "JOIN cases c ON c.tracking_id = d.case_id "
        "LEFT JOIN draft_revisions v ON v.draft_id = x.draft_id AND v.revision = x.revision "
        "LEFT JOIN users u ON u.id = x.approver_id WHERE x.id = ?"));
    q.addBindValue(decisionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    DecisionFacts f;
    f.draftId = q.value(0).toString();
    f.caseId = q.value(1).toLongLong();
    f.revision = q.value(2).toInt();
    f.approverId = q.value(3).toString();
    f.kind = q.value(4).toString();
    f.comment = q.value(5).toString();
    f.decidedAt = Sql::toTime(q.value(6));
    f.text = q.value(7).toString();
    f.title = q.value(8).toString();
    f.anonymous = q.value(9).toBool();
    f.confidential = q.value(10).toBool();
    f.reporterName = q.value(11).toString();
    f.approverName = q.value(12).toString();
    return f;
}

void insertLines(QTextCursor &cursor, const QString &text, const QTextCharFormat &format)
{
    // insertText keeps every character as text; a new line starts a new block.
    const auto lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cursor.insertBlock();
        cursor.insertText(lines.at(i), format);
    }
}

} // namespace

QJsonObject NotaDinasContent::toJson() const
{
    return QJsonObject {
        { QStringLiteral("kind"), kind },
        { QStringLiteral("number"), number },
        { QStringLiteral("agency_name"), agencyName },
        { QStringLiteral("address"), address },
        { QStringLiteral("logo_file"), logoFile },
        { QStringLiteral("date"), dateText },
        { QStringLiteral("to"), recipient },
        { QStringLiteral("from"), fromUnit },
        { QStringLiteral("subject"), subject },
        { QStringLiteral("case_id"), caseId },
        { QStringLiteral("revision"), revision },
        { QStringLiteral("body"), body },
        { QStringLiteral("comment"), comment },
        { QStringLiteral("signer_name"), signerName },
        { QStringLiteral("signer_position"), signerPosition },
        { QStringLiteral("signer_nip"), signerNip },
    };
}

NotaDinasContent NotaDinasContent::fromJson(const QJsonObject &json)
{
    auto text = [&](const char *key) {
        return json.value(QLatin1String(key)).toString();
    };
    NotaDinasContent c;
    c.kind = text("kind");
    c.number = text("number");
    c.agencyName = text("agency_name");
    c.address = text("address");
    c.logoFile = text("logo_file");
    c.dateText = text("date");
    c.recipient = text("to");
    c.fromUnit = text("from");
    c.subject = text("subject");
    c.caseId = json.value(QLatin1String("case_id")).toInteger();
    c.revision = json.value(QLatin1String("revision")).toInt();
    c.body = text("body");
    c.comment = text("comment");
    c.signerName = text("signer_name");
    c.signerPosition = text("signer_position");
    c.signerNip = text("signer_nip");
    return c;
}

QString NotaDinas::longDate(const QDate &date)
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}

QString NotaDinas::latestDecision(Database &db, const QString &draftId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM decisions WHERE draft_id = ? "
                             "ORDER BY decided_at DESC, revision DESC, rowid DESC LIMIT 1"));
    q.addBindValue(draftId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString NotaDinas::path(const QString &profileDir, const NotaDinasRecord &record)
{
    return QDir(profileDir).filePath(record.file);
}

std::optional<NotaDinasRecord> NotaDinas::make(Database &db, const QString &profileDir,
                                               const QSettings &settings, const QString &decisionId,
                                               QString *error)
{
    NotaDinasRepository memos(db);
    if (auto kept = memos.forDecision(decisionId)) {
        const QString file = path(profileDir, *kept);
        if (!QFileInfo::exists(file)
            && !writePdf(NotaDinasContent::fromJson(kept->content), profileDir, file, error))
            return std::nullopt;
        return kept;
    }
    const auto facts = decisionFacts(db, decisionId);
    if (!facts) {
        *error = tr("Keputusan atas draf ini tidak ditemukan di komputer ini.");
        return std::nullopt;
    }
    const Identity identity = Identity::load(settings);
    const NotaDinasSettings nd = NotaDinasSettings::load(settings);
    if (const QString problem = nd.problem(); !problem.isEmpty()) {
        *error = tr("Nota dinas tidak dapat dibuat: %1 Perbaiki di Pengaturan → Nota dinas.")
                     .arg(problem);
        return std::nullopt;
    }
    const CasePrivacy privacy(facts->anonymous, facts->confidential);
    const QDateTime decidedAt
        = facts->decidedAt.isValid() ? facts->decidedAt : QDateTime::currentDateTimeUtc();
    // The date where the approver sits, in the desk's local time. Local time, unlike a
    // QTimeZone of the system's zone, stays valid on a PC without zone data (no tzdata).
    const QDate day = decidedAt.toLocalTime().date();

    NotaDinasContent content;
    content.kind = facts->kind;
    content.agencyName = nd.effectiveAgencyName(identity);
    content.address = nd.address;
    content.logoFile = nd.logoFile;
    content.dateText = longDate(day);
    content.recipient = nd.effectiveRecipient();
    content.fromUnit = nd.effectiveFromUnit(identity);
    content.caseId = facts->caseId;
    content.revision = facts->revision;
    content.subject = QStringLiteral("Tindak lanjut Laporan #%1: %2")
                          .arg(facts->caseId)
                          .arg(privacy.content(facts->title));
    content.body = withoutReporter(facts->text, privacy, facts->reporterName);
    content.comment = withoutReporter(facts->comment, privacy, facts->reporterName);
    // The signature is the approver's. Their position and NIP are known only on their own
    // profile; for a decision taken elsewhere they are left blank to be written by hand.
    const bool own = facts->approverId == identity.userId;
    content.signerName = own
        ? nd.effectiveSignerName(identity)
        : (facts->approverName.isEmpty() ? facts->approverId : facts->approverName);
    content.signerPosition = own ? nd.signerPosition : QString();
    content.signerNip = own ? nd.signerNip : QString();

    NotaDinasRecord record;
    record.caseId = facts->caseId;
    record.draftId = facts->draftId;
    record.decisionId = decisionId;
    record.kind = facts->kind;
    record.year = day.year();
    record.content = content.toJson();
    record.createdBy = identity.userId;
    const QString pattern = nd.effectivePattern();
    const QString unit = nd.effectiveUnitCode(identity);
    QString storeError;
    if (!memos.create(
            &record,
            [&](int sequence) { return NotaDinasNumber::format(pattern, sequence, day, unit); },
            [&](const QString &number) {
                return QStringLiteral("nota-dinas/%1/%2")
                    .arg(facts->caseId)
                    .arg(fileNameFor(number));
            },
            &storeError)) {
        *error = storeError.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)
            ? tr("Nomor nota dinas berikutnya sudah pernah dipakai di komputer ini; ubah pola "
                 "nomornya di Pengaturan → Nota dinas.")
            : tr("Nota dinas tidak dapat disimpan: %1").arg(storeError);
        return std::nullopt;
    }
    // The number is taken and kept with its content: a file that cannot be written now is
    // written again from the row when the memo is next opened.
    if (!writePdf(NotaDinasContent::fromJson(record.content), profileDir, path(profileDir, record),
                  error))
        return std::nullopt;
    return record;
}

bool NotaDinas::writePdf(const NotaDinasContent &content, const QString &profileDir,
                         const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Folder %1 tidak dapat dibuat.").arg(info.absolutePath());
        return false;
    }
    const QString part = path + QStringLiteral(".part");
    {
        QFile probe(part);
        if (!probe.open(QIODevice::WriteOnly)) {
            *error = tr("Berkas %1 tidak dapat ditulis: %2").arg(path, probe.errorString());
            return false;
        }
    }
    {
        QPdfWriter writer(part);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         kMarginsMm, QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("Nota Dinas %1").arg(content.number));
        writer.setCreator(QStringLiteral("LAPOR Desk"));
        QTextDocument document;
        layout(content, profileDir, &document);
        document.print(&writer);
    }
    if (QFileInfo(part).size() == 0) {
        QFile::remove(part);
        *error = tr("Berkas %1 tidak dapat ditulis.").arg(path);
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        *error = tr("Berkas %1 tidak dapat ditulis.").arg(path);
        return false;
    }
    return true;
}

void NotaDinas::layout(const NotaDinasContent &c, const QString &profileDir,
                       QTextDocument *document)
{
    QTextDocument &text = *document;
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(11);
    text.setDefaultFont(font);
    text.setDocumentMargin(0);
    // Paginated on the memo's own text area, so print() puts it on the page as laid out.
    text.setPageSize(QSizeF(layoutUnits(kTextWidthMm), layoutUnits(kTextHeightMm)));
    QTextCursor cursor(&text);

    QTextCharFormat plain;
    plain.setFontPointSize(11);
    QTextCharFormat bold = plain;
    bold.setFontWeight(QFont::Bold);
    QTextBlockFormat left;
    left.setAlignment(Qt::AlignLeft);
    QTextBlockFormat center;
    center.setAlignment(Qt::AlignHCenter);

    // The letterhead: the logo beside the agency's name and address, a rule below.
    QTextTableFormat head;
    head.setBorder(0);
    head.setCellPadding(2);
    head.setCellSpacing(0);
    head.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    head.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 16),
                                     QTextLength(QTextLength::PercentageLength, 84) });
    QTextTable *letterhead = cursor.insertTable(1, 2, head);
    if (!c.logoFile.isEmpty()) {
        const QImage logo(QDir(profileDir).filePath(c.logoFile));
        if (!logo.isNull()) {
            const QUrl name(QStringLiteral("lapor-nota-dinas-logo"));
            text.addResource(QTextDocument::ImageResource, name, logo);
            QTextImageFormat image;
            image.setName(name.toString());
            // About 22 mm wide on the page, at the document's 96 dpi for layout.
            const double width = 83;
            image.setWidth(width);
            image.setHeight(width * logo.height() / std::max(1, logo.width()));
            QTextCursor at = letterhead->cellAt(0, 0).firstCursorPosition();
            at.setBlockFormat(center);
            at.insertImage(image);
        }
    }
    {
        QTextCursor at = letterhead->cellAt(0, 1).firstCursorPosition();
        at.setBlockFormat(center);
        QTextCharFormat agency = bold;
        agency.setFontPointSize(15);
        at.insertText(c.agencyName.toUpper(), agency);
        QTextCharFormat small = plain;
        small.setFontPointSize(9.5);
        if (!c.address.isEmpty()) {
            at.insertBlock(center);
            insertLines(at, c.address, small);
        }
    }
    cursor.movePosition(QTextCursor::End);
    // The letterhead's double rule, thick over thin, across the text's width.
    {
        QImage lines(1650, 36, QImage::Format_ARGB32);
        lines.fill(Qt::transparent);
        QPainter painter(&lines);
        painter.fillRect(QRect(0, 4, lines.width(), 14), Qt::black);
        painter.fillRect(QRect(0, 26, lines.width(), 5), Qt::black);
        painter.end();
        const QUrl name(QStringLiteral("lapor-nota-dinas-rule"));
        text.addResource(QTextDocument::ImageResource, name, lines);
        QTextImageFormat image;
        image.setName(name.toString());
        image.setWidth(layoutUnits(kTextWidthMm));
        image.setHeight(layoutUnits(kTextWidthMm) * lines.height() / lines.width());
        QTextBlockFormat ruleBlock;
        ruleBlock.setTopMargin(4);
        ruleBlock.setBottomMargin(8);
        cursor.insertBlock(ruleBlock);
        cursor.insertImage(image);
    }
    QTextBlockFormat rule;
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 100));

    QTextBlockFormat title = center;
    title.setTopMargin(6);
    cursor.insertBlock(title);
    QTextCharFormat titleFormat = bold;
    titleFormat.setFontPointSize(13);
    titleFormat.setFontUnderline(true);
    cursor.insertText(QStringLiteral("NOTA DINAS"), titleFormat);
    cursor.insertBlock(center);
    cursor.insertText(QStringLiteral("Nomor: %1").arg(c.number), plain);

    // Kepada, Dari, Tanggal, Sifat, Hal: label, colon, value.
    cursor.insertBlock(left);
    QTextTableFormat fields;
    fields.setBorder(0);
    fields.setCellPadding(1.5);
    fields.setCellSpacing(0);
    fields.setTopMargin(14);
    fields.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    fields.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 21),
                                       QTextLength(QTextLength::PercentageLength, 3),
                                       QTextLength(QTextLength::PercentageLength, 76) });
    const QList<QPair<QString, QString>> rows {
        { QStringLiteral("Kepada Yth."), c.recipient },
        { QStringLiteral("Dari"), c.fromUnit },
        { QStringLiteral("Tanggal"), c.dateText },
        { QStringLiteral("Sifat"), QStringLiteral("Biasa") },
        { QStringLiteral("Hal"), c.subject },
    };
    QTextTable *table = cursor.insertTable(int(rows.size()), 3, fields);
    for (int r = 0; r < rows.size(); ++r) {
        table->cellAt(r, 0).firstCursorPosition().insertText(rows.at(r).first, plain);
        table->cellAt(r, 1).firstCursorPosition().insertText(QStringLiteral(":"), plain);
        QTextCursor at = table->cellAt(r, 2).firstCursorPosition();
        insertLines(at, rows.at(r).second, plain);
    }
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(rule);

    QTextBlockFormat paragraph;
    paragraph.setAlignment(Qt::AlignJustify);
    paragraph.setTopMargin(8);
    paragraph.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    QTextBlockFormat quoted = paragraph;
    quoted.setLeftMargin(24);
    quoted.setTopMargin(2);
    cursor.insertBlock(paragraph);
    const bool approved = c.kind != QLatin1String("return");
    if (approved) {
        cursor.insertText(
            QStringLiteral("Bersama ini kami sampaikan bahwa tindak lanjut atas Laporan #%1 "
                           "(revisi %2) telah diperiksa dan disetujui untuk disampaikan melalui "
                           "SP4N-LAPOR! dengan isi sebagai berikut:")
                .arg(c.caseId)
                .arg(c.revision),
            plain);
    } else {
        cursor.insertText(
            QStringLiteral("Bersama ini kami sampaikan bahwa draf tindak lanjut atas Laporan #%1 "
                           "(revisi %2) telah diperiksa dan dikembalikan kepada penyusunnya "
                           "untuk diperbaiki, dengan catatan:")
                .arg(c.caseId)
                .arg(c.revision),
            plain);
        cursor.insertBlock(quoted);
        insertLines(cursor, c.comment, bold);
        cursor.insertBlock(paragraph);
        cursor.insertText(QStringLiteral("Draf yang diperiksa:"), plain);
    }
    cursor.insertBlock(quoted);
    insertLines(cursor, c.body, plain);
    cursor.insertBlock(paragraph);
    cursor.insertText(QStringLiteral("Demikian disampaikan, atas perhatiannya diucapkan terima "
                                     "kasih."),
                      plain);

    // The signature block, on the right half: position, room to sign, name, NIP.
    cursor.insertBlock(left);
    QTextTableFormat signature;
    signature.setBorder(0);
    signature.setCellPadding(0);
    signature.setTopMargin(24);
    signature.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    signature.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 50),
                                          QTextLength(QTextLength::PercentageLength, 50) });
    QTextTable *sign = cursor.insertTable(1, 2, signature);
    QTextCursor at = sign->cellAt(0, 1).firstCursorPosition();
    at.setBlockFormat(center);
    const QString blank = QStringLiteral("……………………………");
    at.insertText(c.signerPosition.isEmpty() ? blank : c.signerPosition, plain);
    QTextBlockFormat room = center;
    room.setTopMargin(64);
    at.insertBlock(room);
    QTextCharFormat name = bold;
    name.setFontUnderline(true);
    at.insertText(c.signerName.isEmpty() ? blank : c.signerName, name);
    at.insertBlock(center);
    at.insertText(QStringLiteral("NIP. %1").arg(c.signerNip.isEmpty() ? blank : c.signerNip),
                  plain);
}

bool NotaDinas::importLogo(const QString &profileDir, const QString &source, QString *relative,
                           QString *error)
{
    QImageReader reader(source);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        *error = tr("Berkas %1 bukan gambar yang dapat dibaca (%2). Pilih PNG atau JPEG.")
                     .arg(source, reader.errorString());
        return false;
    }
    if (image.width() > kMaxLogoSide || image.height() > kMaxLogoSide)
        image = image.scaled(kMaxLogoSide, kMaxLogoSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    // Written anew as PNG: the copy carries the pixels only, none of the original's metadata.
    QSaveFile file(QDir(profileDir).filePath(logoName()));
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = tr("Logo tidak dapat disimpan di profil: %1").arg(file.errorString());
        return false;
    }
    *relative = logoName();
    return true;
}

} // namespace lapor

#include "inboxdata.h"

#include "core/categories.h"
#include "core/profile.h"
#include "store/caserepository.h"
#include "store/changewriter.h"
#include "store/database.h"
#include "store/searchindex.h"
#include "store/sqlutil.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStringList>

namespace lapor::InboxData {

namespace {

// splitmix64: tiny, fast and the same on every machine, so N cases are always the same N.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    quint64 m_state;
};

struct Topic
{
    QString unit;
    QString category;
    QStringList titles; // %1 = a place
    QStringList details;
};

const QList<Unit> &units()
{
    static const QList<Unit> list {
        { QStringLiteral("kab"), QStringLiteral("kab"), QStringLiteral("Pemkab Sukamaju"), {} },
        { QStringLiteral("dpupr"), QStringLiteral("kab"), QStringLiteral("Dinas PUPR"), {} },
        { QStringLiteral("dukcapil"), QStringLiteral("kab"), QStringLiteral("Disdukcapil"), {} },
        { QStringLiteral("dinkes"), QStringLiteral("kab"), QStringLiteral("Dinas Kesehatan"), {} },
        { QStringLiteral("disdik"), QStringLiteral("kab"), QStringLiteral("Dinas Pendidikan"), {} },
        { QStringLiteral("dlh"),
          QStringLiteral("kab"),
          QStringLiteral("Dinas Lingkungan Hidup"),
          {} },
        { QStringLiteral("dishub"),
          QStringLiteral("kab"),
          QStringLiteral("Dinas Perhubungan"),
          {} },
        { QStringLiteral("dinsos"), QStringLiteral("kab"), QStringLiteral("Dinas Sosial"), {} },
    };
    return list;
}

const QList<Topic> &topics()
{
    static const QList<Topic> list {
        { QStringLiteral("dpupr"),
          QStringLiteral("PEKERJAAN UMUM DAN PENATAAN RUANG"),
          { QStringLiteral("Jalan rusak parah di %1"), QStringLiteral("Jalan berlubang dekat %1"),
            QStringLiteral("Lampu PJU mati di %1"), QStringLiteral("Drainase tersumbat di %1"),
            QStringLiteral("Jembatan retak di %1, mohon dicek") },
          { QStringLiteral("Lubangnya sdh dalam bgt, kemarin ada pengendara motor jatuh."),
            QStringLiteral("Kalau hujan airnya naik ke jalan sampai selutut."),
            QStringLiteral("Sudah lapor ke kelurahan tp blm ada tindakan sama sekali."),
            QStringLiteral("Malam hari gelap total, rawan begal.") } },
        { QStringLiteral("dukcapil"),
          QStringLiteral("KEPENDUDUKAN"),
          { QStringLiteral("KTP-el blm jadi padahal sdh rekam di %1"),
            QStringLiteral("Pelayanan KK lambat di %1"),
            QStringLiteral("Akta kelahiran anak tdk kunjung terbit") },
          { QStringLiteral("Sudah 3 bulan bolak balik, katanya blangko habis terus."),
            QStringLiteral("Antri dari jam 7 pagi tapi loket baru buka jam 10."),
            QStringLiteral("Petugas minta uang pelicin biar cepat, ini kan gratis?") } },
        { QStringLiteral("dinkes"),
          QStringLiteral("KESEHATAN"),
          { QStringLiteral("Obat kosong di puskesmas %1"),
            QStringLiteral("Pasien BPJS ditolak di RSUD"),
            QStringLiteral("Antrian puskesmas %1 sangat panjang") },
          { QStringLiteral("Ibu saya sesak nafas tapi disuruh beli obat sendiri di apotek luar."),
            QStringLiteral("Dokternya cuma datang seminggu sekali."),
            QStringLiteral("Kartu BPJS aktif tapi katanya kamar penuh terus.") } },
        { QStringLiteral("disdik"),
          QStringLiteral("PENDIDIKAN DAN KEBUDAYAAN"),
          { QStringLiteral("Guru jarang masuk di SD negeri %1"),
            QStringLiteral("Dana PIP tidak cair"),
            QStringLiteral("Pungutan seragam di sekolah %1") },
          { QStringLiteral("Anak saya kelas 4, seminggu cuma 2 hari belajar."),
            QStringLiteral("Sekolah minta bayar 750rb utk seragam dan buku."),
            QStringLiteral("Sudah didata sejak semester lalu tapi rekening blm terisi.") } },
        { QStringLiteral("dlh"),
          QStringLiteral("LINGKUNGAN HIDUP DAN KEHUTANAN"),
          { QStringLiteral("Sampah menumpuk di %1"), QStringLiteral("Bau limbah pabrik dekat %1"),
            QStringLiteral("Pembakaran sampah liar di %1") },
          { QStringLiteral("Truk sampah sudah 2 minggu tidak lewat, baunya sampai ke rumah."),
            QStringLiteral("Air sungai jadi hitam dan ikan banyak mati."),
            QStringLiteral("Asapnya masuk ke rumah, anak2 batuk terus.") } },
        { QStringLiteral("dishub"),
          QStringLiteral("PERHUBUNGAN"),
          { QStringLiteral("Parkir liar di %1"), QStringLiteral("Angkot ngetem sembarangan di %1"),
            QStringLiteral("Lampu lalu lintas mati di %1") },
          { QStringLiteral("Jukir minta 5rb padahal ada tulisan parkir gratis."),
            QStringLiteral("Bikin macet tiap pagi jam berangkat sekolah."),
            QStringLiteral("Sudah hampir kecelakaan beberapa kali di simpang itu.") } },
        { QStringLiteral("dinsos"),
          QStringLiteral("SOSIAL DAN KESEJAHTERAAN"),
          { QStringLiteral("Bansos tidak tepat sasaran di %1"),
            QStringLiteral("Lansia tidak terdaftar PKH di %1") },
          { QStringLiteral("Yang dapat malah tetangga yang punya mobil."),
            QStringLiteral("Nenek saya hidup sendiri tapi tidak pernah didata.") } },
    };
    return list;
}

const QStringList kPlaces {
    QStringLiteral("Jl. Ahmad Yani"),
    QStringLiteral("Jl. Sudirman km 4"),
    QStringLiteral("Kel. Sukamaju"),
    QStringLiteral("Desa Tanjung Sari"),
    QStringLiteral("pasar Cikini"),
    QStringLiteral("Kec. Medan Baru"),
    QStringLiteral("Perumahan Griya Asri blok C"),
    QStringLiteral("terminal Kampung Rambutan"),
    QStringLiteral("Jl. Diponegoro"),
    QStringLiteral("simpang Lima"),
    QStringLiteral("RT 03/RW 05 Kel. Karang Anyar"),
    QStringLiteral("Jl. Gatot Subroto"),
};

const QStringList kOpenings {
    QStringLiteral("Selamat siang bapak/ibu,"),
    QStringLiteral("Mohon ditindaklanjuti,"),
    QStringLiteral("Assalamualaikum, saya warga sekitar."),
    QStringLiteral("Tolong pak,"),
    QStringLiteral("Saya mau melaporkan,"),
    QString(),
};

const QStringList kClosings {
    QStringLiteral("Terima kasih."),
    QStringLiteral("Mohon segera ditangani, trims."),
    QStringLiteral("Sudah lapor berkali2 tp tdk ada respon."),
    QStringLiteral("Kalau perlu hubungi saya di 0812-%1-%2."),
    QStringLiteral("Makasih min."),
};

const QStringList kFollowups {
    QStringLiteral("Terima kasih atas laporannya. Laporan sudah kami teruskan ke bidang terkait "
                   "dan akan ditinjau ke lokasi minggu ini."),
    QStringLiteral("Tim kami sudah turun ke lokasi dan perbaikan dijadwalkan dalam anggaran "
                   "perubahan tahun ini."),
    QStringLiteral("Sudah kami koordinasikan dengan kecamatan. Mohon kesediaannya menunggu."),
    QStringLiteral("Permasalahan telah diselesaikan. Silakan cek kembali dan beri tanggapan."),
};

QString phoneish(Rng &rng)
{
    return QString::number(1000 + rng.below(9000));
}

Case makeCase(Rng &rng, qint64 id, const QDateTime &now)
{
    const bool special = rng.chance(8); // some cases fall outside the usual topics
    const Topic &topic = rng.pick(topics());
    Case c;
    c.trackingId = id;
    const QString place = rng.pick(kPlaces);
    c.title = rng.pick(topic.titles);
    if (c.title.contains(QLatin1String("%1")))
        c.title = c.title.arg(place);
    QStringList sentences { rng.pick(kOpenings), c.title.toLower() + QLatin1Char('.') };
    for (int i = 0, n = 1 + rng.below(4); i < n; ++i)
        sentences.append(rng.pick(topic.details));
    QString closing = rng.pick(kClosings);
    if (closing.contains(QLatin1String("%1")))
        closing = closing.arg(phoneish(rng), phoneish(rng));
    sentences.append(closing);
    sentences.removeAll(QString());
    c.content = sentences.join(QLatin1Char(' '));
    const auto &categories = Categories::all();
    const Category *category = nullptr;
    for (const auto &candidate : categories) {
        if (candidate.name == topic.category)
            category = &candidate;
    }
    if (special || !category)
        category = &categories.at(rng.below(int(categories.size())));
    c.category = category->name;
    if (!category->subcategories.isEmpty())
        c.subcategory = rng.pick(category->subcategories);
    c.channel = rng.pick(QStringList { QStringLiteral("web"), QStringLiteral("android"),
                                       QStringLiteral("whatsapp"), QStringLiteral("sms"),
                                       QStringLiteral("twitter"), QStringLiteral("ios") });
    c.unitId = special ? units().at(1 + rng.below(int(units().size()) - 1)).id : topic.unit;
    c.agencyId = QStringLiteral("kab");
    c.anonymous = rng.chance(15);
    c.confidential = rng.chance(7);
    if (!c.anonymous)
        c.reporterName
            = rng.pick(QStringList { QStringLiteral("Budi Santoso"), QStringLiteral("Siti Aminah"),
                                     QStringLiteral("Andi Pratama"), QStringLiteral("Dewi Lestari"),
                                     QStringLiteral("Rudi Hartono") });
    // Newer cases are more frequent, as in a real inbox that keeps its history.
    const int ageMinutes
        = rng.below(365 * 24 * 60) * (rng.chance(60) ? 1 : 0) + rng.below(30 * 24 * 60);
    c.receivedAt = now.addSecs(-qint64(ageMinutes) * 60);
    c.resolutionDays = rng.pick(QList<int> { 5, 14, 14, 60 });
    const int ageDays = ageMinutes / (24 * 60);
    if (ageDays < 2 && rng.chance(40)) {
        c.status = CaseStatus::Unverified;
        return c;
    }
    c.disposedAt = c.receivedAt.addSecs(3600 * (2 + rng.below(40)));
    if (c.disposedAt > now)
        c.disposedAt = now.addSecs(-60);
    if (rng.chance(70))
        c.assigneeId = QStringLiteral("petugas%1").arg(1 + rng.below(4));
    const int roll = rng.below(100);
    if (ageDays < 8 || roll < 20)
        c.status = CaseStatus::Disposed;
    else if (roll < 50)
        c.status = CaseStatus::InProgress;
    else if (roll < 80)
        c.status = CaseStatus::Done;
    else if (roll < 88)
        c.status = CaseStatus::Archived;
    else if (roll < 94)
        c.status = CaseStatus::Postponed;
    else
        c.status = CaseStatus::NotAuthority;
    if (c.status != CaseStatus::Disposed && c.status != CaseStatus::NotAuthority) {
        c.firstFollowupAt = c.disposedAt.addSecs(3600 * (4 + rng.below(24 * 6)));
        if (c.firstFollowupAt > now)
            c.firstFollowupAt = now.addSecs(-30);
        c.lastFollowupAt = c.firstFollowupAt;
    }
    if (c.status == CaseStatus::Done && rng.chance(60)) {
        c.lastReplyAt = c.lastFollowupAt.addSecs(3600 * (1 + rng.below(48)));
        c.rating = 1 + rng.below(5);
    }
    return c;
}

} // namespace

bool generate(Database &db, const WorkingCalendar &calendar, const Options &options, QString *error)
{
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    Rng rng(options.seed);
    CaseRepository cases(db, calendar);
    ChangeWriter writer(db);
    // One transaction of a million cases keeps every index page it touches dirty; with
    // SQLite's default 2 MB cache those pages were spilled to the WAL and reread over and
    // over (620 MB of WAL in 15 minutes). A large cache keeps the indexes in memory until
    // the commit; the connection gets its own size back below.
    QSqlQuery cache(db.connection());
    const QVariant cacheSize = cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next()
        ? cache.value(0)
        : QVariant(-2000);
    cache.exec(QStringLiteral("PRAGMA cache_size = -1048576"));
    Transaction tx(db);
    // The full-text index is built once at the end, as a sync batch does it: one segment
    // instead of one per case, which kept a million-case store from being written in time.
    SearchIndex index(db);
    if (!index.defer(error))
        return false;
    for (const auto &unit : units()) {
        if (!writer.upsertUnit(unit, error))
            return false;
    }
    const QList<User> users {
        { QStringLiteral("petugas1"), QStringLiteral("petugas1"), QStringLiteral("Rina Wulandari"),
          Role::Officer, QStringLiteral("dpupr"), QStringLiteral("kab") },
        { QStringLiteral("petugas2"), QStringLiteral("petugas2"), QStringLiteral("Agus Salim"),
          Role::Officer, QStringLiteral("dukcapil"), QStringLiteral("kab") },
        { QStringLiteral("petugas3"), QStringLiteral("petugas3"), QStringLiteral("Yusuf Hidayat"),
          Role::Officer, QStringLiteral("dinkes"), QStringLiteral("kab") },
        { QStringLiteral("petugas4"), QStringLiteral("petugas4"), QStringLiteral("Maria Ulfa"),
          Role::Officer, QStringLiteral("disdik"), QStringLiteral("kab") },
        { QStringLiteral("kepala1"), QStringLiteral("kepala1"),
          QStringLiteral("Ir. Hendra Gunawan"), Role::Approver, QStringLiteral("dpupr"),
          QStringLiteral("kab") },
        { QStringLiteral("koordinator"), QStringLiteral("koordinator"),
          QStringLiteral("Sri Mulyani (koordinator)"), Role::Coordinator, QString(),
          QStringLiteral("kab") },
        { QStringLiteral("admin"), QStringLiteral("admin"), QStringLiteral("Admin Nasional"),
          Role::Admin, QString(), QString() },
    };
    for (const auto &user : users) {
        if (!writer.upsertUser(user, error))
            return false;
    }
    for (int i = 0; i < options.cases; ++i) {
        const Case c = makeCase(rng, 5000001 + i, now);
        if (!cases.upsert(c, error))
            return false;
        if (c.firstFollowupAt.isValid()) {
            Followup f { QStringLiteral("f%1").arg(c.trackingId),
                         c.trackingId,
                         c.assigneeId,
                         c.unitId,
                         rng.pick(kFollowups),
                         c.firstFollowupAt };
            if (!writer.upsertFollowup(f, error))
                return false;
        }
        if (c.lastReplyAt.isValid()) {
            CitizenReply r { QStringLiteral("r%1").arg(c.trackingId), c.trackingId,
                             c.rating >= 4 ? QStringLiteral("Terima kasih, sudah beres.")
                                           : QStringLiteral("Belum ada perubahan di lapangan."),
                             c.rating, c.lastReplyAt };
            if (!writer.upsertReply(r, error))
                return false;
        }
    }
    // Local flags the sync and drafting code would set, spread deterministically.
    QSqlQuery q(db.connection());
    const QStringList updates {
        QStringLiteral("UPDATE cases SET unread = ((tracking_id * 7919) % 100) < 18"),
        QStringLiteral("UPDATE cases SET local_state = CASE (tracking_id * 104729) % 200 "
                       "WHEN 0 THEN 'draft' WHEN 1 THEN 'draft' WHEN 2 THEN 'awaiting_approval' "
                       "WHEN 3 THEN 'queued' WHEN 4 THEN 'conflict' WHEN 5 THEN 'error' "
                       "ELSE '' END WHERE status IN ('disposed', 'in_progress')"),
        QStringLiteral("INSERT INTO drafts (id, case_id, author_id, state, text, revision, "
                       "created_at, updated_at) SELECT 'd' || tracking_id, tracking_id, "
                       "CASE WHEN tracking_id % 2 THEN 'petugas1' ELSE 'petugas2' END, "
                       "CASE local_state WHEN 'awaiting_approval' THEN 'submitted' "
                       "WHEN 'conflict' THEN 'conflict' ELSE 'editing' END, "
                       "'Kami sudah berkoordinasi dengan bidang terkait.', "
                       "local_state = 'awaiting_approval', received_at + 86400, "
                       "received_at + 90000 FROM cases WHERE local_state IN "
                       "('draft', 'awaiting_approval', 'conflict')"),
        QStringLiteral("INSERT INTO drafts (id, case_id, author_id, state, text, revision, "
                       "created_at, updated_at) SELECT 'd' || tracking_id, tracking_id, "
                       "'petugas1', 'returned', 'Jalan akan diperbaiki.', 1, "
                       "received_at + 86400, received_at + 90000 FROM cases "
                       "WHERE status = 'disposed' AND local_state = '' "
                       "AND (tracking_id * 31) % 250 = 0"),
    };
    for (const auto &sql : updates) {
        if (!q.exec(sql)) {
            if (error)
                *error = sql;
            return false;
        }
    }
    const bool ok = index.catchUp(error) && tx.commit();
    cache.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
    return ok;
}

KeptStore openKept(const QString &dir, int cases, const WorkingCalendar &calendar, QString *error)
{
    KeptStore kept;
    Profile profile(dir);
    if (!profile.ensureExists(error))
        return kept;
    auto opened = Database::open(profile.databasePath());
    if (!opened.database) {
        *error = opened.message;
        return kept;
    }
    kept.reused = CaseRepository(*opened.database, calendar).count();
    if (kept.reused == 0) {
        QElapsedTimer timer;
        timer.start();
        Options options;
        options.cases = cases;
        options.now = QDateTime::currentDateTimeUtc();
        if (!generate(*opened.database, calendar, options, error)) {
            *error = QStringLiteral("generate failed: ") + *error;
            return kept;
        }
        kept.generatedMs = timer.elapsed();
    }
    kept.database = std::move(opened.database);
    return kept;
}

} // namespace lapor::InboxData

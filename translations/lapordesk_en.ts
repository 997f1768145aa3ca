<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MainWindow</name>
    <message>
        <source>LAPOR Desk</source>
        <translation>LAPOR Desk</translation>
    </message>
    <message>
        <source>Cari judul, isi laporan, tindak lanjut… (Ctrl+F)</source>
        <translation>Search titles, complaints, follow-ups… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari laporan</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Daftar laporan</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>Isi laporan</source>
        <translation>Complaint text</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sinkronisasi</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Pengaturan</source>
        <translation>S&amp;ettings</translation>
    </message>
    <message>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Sinkron &amp;sekarang</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Cari laporan</source>
        <translation>&amp;Find cases</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Preferensi…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Tentang LAPOR Desk</source>
        <translation>&amp;About LAPOR Desk</translation>
    </message>
    <message>
        <source>Atur alamat hub…</source>
        <translation>Set hub address…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferensi</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Alamat &amp;hub:</source>
        <translation>&amp;Hub address:</translation>
    </message>
    <message>
        <source>https://hub.lapor.go.id</source>
        <translation>https://hub.lapor.go.id</translation>
    </message>
    <message>
        <source>Alamat hub</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <source>Alamat hub diberikan oleh admin instansi Anda. Hanya alamat https yang diterima, kecuali hub pelatihan di komputer ini.</source>
        <translation>Your agency administrator gives you the hub address. Only https addresses are accepted, except a training hub on this computer.</translation>
    </message>
</context>
<context>
    <name>lapor::CaseListModel</name>
    <message numerus="yes">
        <source>%1 (terlambat %n hari kerja)</source>
        <translation><numerusform>%1 (%n working day late)</numerusform><numerusform>%1 (%n working days late)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hari kerja lagi)</source>
        <translation><numerusform>%1 (%n working day left)</numerusform><numerusform>%1 (%n working days left)</numerusform></translation>
    </message>
    <message>
        <source>No. laporan</source>
        <translation>Tracking ID</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>lapor::Ctl</name>
    <message>
        <source>versi skema, jumlah laporan per status, kursor sinkronisasi</source>
        <translation>schema version, cases per status, sync cursor</translation>
    </message>
    <message>
        <source>Profil %1 tidak ditemukan.</source>
        <translation>Profile %1 not found.</translation>
    </message>
    <message>
        <source>status tidak menerima argumen.</source>
        <translation>status takes no arguments.</translation>
    </message>
    <message>
        <source>lapordeskctl: LAPOR Desk tanpa jendela, untuk skrip dan penjadwal.</source>
        <translation>lapordeskctl: LAPOR Desk without a window, for scripts and schedulers.</translation>
    </message>
    <message>
        <source>Folder profil (wajib).</source>
        <translation>Profile folder (required).</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Keluaran JSON untuk dibaca program lain.</source>
        <translation>JSON output for other programs.</translation>
    </message>
    <message>
        <source>Perintah:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>PERINTAH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>Perintah %1 memerlukan --profile FOLDER.</source>
        <translation>The %1 command needs --profile FOLDER.</translation>
    </message>
    <message>
        <source>Perintah tidak dikenal: %1. Lihat --help.</source>
        <translation>Unknown command: %1. See --help.</translation>
    </message>
    <message>
        <source>Profil: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>Versi skema: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Kursor sinkronisasi: %1</source>
        <translation>Sync cursor: %1</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Sinkron terakhir: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>(belum pernah)</source>
        <translation>(never)</translation>
    </message>
    <message>
        <source>Laporan per status:</source>
        <translation>Cases by status:</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>lapor::Database</name>
    <message>
        <source>Berkas basis data %1 tidak dapat dibaca: %2</source>
        <translation>The database file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Berkas %1 bukan basis data LAPOR Desk atau sudah rusak. Berkas tidak diubah; pulihkan dari cadangan atau pindahkan berkas itu lalu sinkronkan ulang.</source>
        <translation>The file %1 is not a LAPOR Desk database or is damaged. It was not changed; restore it from a backup, or move it away and sync again.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuka: %2</source>
        <translation>The database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Basis data %1 dibuat oleh LAPOR Desk versi yang lebih baru (skema %2; versi ini mengenal sampai skema %3). Perbarui aplikasi; berkas tidak diubah.</source>
        <translation>The database %1 was written by a newer LAPOR Desk (schema %2; this version knows up to schema %3). Update the application; the file was not changed.</translation>
    </message>
    <message>
        <source>Basis data %1 rusak (pemeriksaan integritas gagal: %2). Berkas tidak diubah; pulihkan dari cadangan atau pindahkan berkas itu lalu sinkronkan ulang.</source>
        <translation>The database %1 is damaged (integrity check failed: %2). It was not changed; restore it from a backup, or move it away and sync again.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat disiapkan: %2</source>
        <translation>The database %1 cannot be prepared: %2</translation>
    </message>
    <message>
        <source>Pembaruan skema basis data %1 gagal: %2</source>
        <translation>Upgrading the schema of database %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>lapor::Desk</name>
    <message>
        <source>LAPOR Desk: menindaklanjuti laporan SP4N-LAPOR!, juga tanpa internet.</source>
        <translation>LAPOR Desk: follow up SP4N-LAPOR! complaints, even without internet.</translation>
    </message>
    <message>
        <source>Folder profil (bawaan: %1).</source>
        <translation>Profile folder (default: %1).</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>LAPOR Desk</source>
        <translation>LAPOR Desk</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
</context>
<context>
    <name>lapor::DraftRepository</name>
    <message>
        <source>Draf ini tidak dapat diubah lagi.</source>
        <translation>This draft can no longer be changed.</translation>
    </message>
</context>
<context>
    <name>lapor::DraftStates</name>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Menunggu persetujuan</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Dibuang</source>
        <translation>Discarded</translation>
    </message>
</context>
<context>
    <name>lapor::HubAddress</name>
    <message>
        <source>Alamat hub harus berupa URL lengkap, misalnya https://hub.lapor.go.id.</source>
        <translation>The hub address must be a full URL, for example https://hub.lapor.go.id.</translation>
    </message>
    <message>
        <source>Hub di jaringan harus memakai https agar kata sandi dan laporan warga tidak terbaca orang lain.</source>
        <translation>A hub on the network must use https so that passwords and citizens' complaints cannot be read by others.</translation>
    </message>
    <message>
        <source>Alamat hub harus diawali https://.</source>
        <translation>The hub address must start with https://.</translation>
    </message>
</context>
<context>
    <name>lapor::MainWindow</name>
    <message numerus="yes">
        <source>%n laporan</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message>
        <source>Belum terhubung ke hub SP4N-LAPOR!</source>
        <translation>Not connected to an SP4N-LAPOR! hub yet</translation>
    </message>
    <message>
        <source>Masukkan alamat hub instansi Anda di Pengaturan → Preferensi (Ctrl+,), lalu masuk dengan akun SP4N-LAPOR! Anda.

Ingin mencoba dulu? Jalankan "lapordesk --training" untuk berlatih dengan laporan contoh tanpa menyentuh data sungguhan.</source>
        <translation>Enter your agency's hub address in Settings → Preferences (Ctrl+,), then sign in with your SP4N-LAPOR! account.

Want to try it first? Run "lapordesk --training" to practise with sample cases without touching real data.</translation>
    </message>
    <message>
        <source>Belum ada laporan di komputer ini</source>
        <translation>No cases on this computer yet</translation>
    </message>
    <message>
        <source>Sinkronkan (F5) saat tersambung ke internet untuk mengambil laporan yang didisposisikan ke unit Anda. Setelah itu semuanya bisa dikerjakan tanpa koneksi.</source>
        <translation>Sync (F5) while connected to fetch the cases assigned to your unit. After that everything works without a connection.</translation>
    </message>
    <message>
        <source>Tidak ada laporan yang cocok</source>
        <translation>No matching cases</translation>
    </message>
    <message>
        <source>Coba kata lain atau hapus pencarian.</source>
        <translation>Try other words or clear the search.</translation>
    </message>
    <message>
        <source>Pilih laporan</source>
        <translation>Choose a case</translation>
    </message>
    <message>
        <source>Pilih laporan di daftar sebelah kiri untuk membaca dan menindaklanjutinya.</source>
        <translation>Choose a case in the list on the left to read and follow it up.</translation>
    </message>
    <message>
        <source>Luring</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Luring · hub belum diatur</source>
        <translation>Offline · no hub set</translation>
    </message>
    <message>
        <source>Sinkron terakhir: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Belum pernah sinkron</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Anonim</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Pelapor: %1</source>
        <translation>Reporter: %1</translation>
    </message>
    <message>
        <source>Rahasia</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Tentang LAPOR Desk</source>
        <translation>About LAPOR Desk</translation>
    </message>
    <message>
        <source>LAPOR Desk %1

Menindaklanjuti laporan SP4N-LAPOR! dari kantor, juga saat internet putus.

Profil: %2</source>
        <translation>LAPOR Desk %1

Follow up SP4N-LAPOR! complaints from the office, even when the internet is down.

Profile: %2</translation>
    </message>
</context>
<context>
    <name>lapor::Profile</name>
    <message>
        <source>Folder profil %1 tidak dapat dibuat.</source>
        <translation>The profile folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Folder profil %1 tidak dapat ditulisi.</source>
        <translation>The profile folder %1 is not writable.</translation>
    </message>
</context>
<context>
    <name>lapor::Roles</name>
    <message>
        <source>Petugas unit</source>
        <translation>Unit officer</translation>
    </message>
    <message>
        <source>Kepala unit</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>Koordinator instansi</source>
        <translation>Agency coordinator</translation>
    </message>
    <message>
        <source>Admin nasional</source>
        <translation>National admin</translation>
    </message>
</context>
<context>
    <name>lapor::SettingsDialog</name>
    <message>
        <source>Ikuti sistem</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Alamat hub tidak valid</source>
        <translation>Invalid hub address</translation>
    </message>
</context>
<context>
    <name>lapor::Status</name>
    <message>
        <source>Belum Terverifikasi</source>
        <translation>Not yet verified</translation>
    </message>
    <message>
        <source>Terdisposisi, Belum Ditindaklanjuti</source>
        <translation>Assigned, not yet followed up</translation>
    </message>
    <message>
        <source>Terdisposisi, Sedang Diproses</source>
        <translation>Assigned, in progress</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tertunda</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Arsip</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Bukan Wewenang</source>
        <translation>Not our authority</translation>
    </message>
</context>
</TS>

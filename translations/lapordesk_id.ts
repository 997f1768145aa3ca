<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>MainWindow</name>
    <message>
        <source>LAPOR Desk</source>
        <translation>LAPOR Desk</translation>
    </message>
    <message>
        <source>Cari judul, isi laporan, tindak lanjut… (Ctrl+F)</source>
        <translation>Cari judul, isi laporan, tindak lanjut… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari laporan</source>
        <translation>Cari laporan</translation>
    </message>
    <message>
        <source>Daftar laporan</source>
        <translation>Daftar laporan</translation>
    </message>
    <message>
        <source>Isi laporan</source>
        <translation>Isi laporan</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Sinkronisasi</source>
        <translation>&amp;Sinkronisasi</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <source>B&amp;antuan</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Sinkron &amp;sekarang</source>
        <translation>Sinkron &amp;sekarang</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Cari laporan</source>
        <translation>&amp;Cari laporan</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Preferensi…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Tentang LAPOR Desk</source>
        <translation>&amp;Tentang LAPOR Desk</translation>
    </message>
    <message>
        <source>Atur alamat hub…</source>
        <translation>Atur alamat hub…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferensi</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Alamat &amp;hub:</source>
        <translation>Alamat &amp;hub:</translation>
    </message>
    <message>
        <source>https://hub.lapor.go.id</source>
        <translation>https://hub.lapor.go.id</translation>
    </message>
    <message>
        <source>Alamat hub</source>
        <translation>Alamat hub</translation>
    </message>
    <message>
        <source>Alamat hub diberikan oleh admin instansi Anda. Hanya alamat https yang diterima, kecuali hub pelatihan di komputer ini.</source>
        <translation>Alamat hub diberikan oleh admin instansi Anda. Hanya alamat https yang diterima, kecuali hub pelatihan di komputer ini.</translation>
    </message>
</context>
<context>
    <name>lapor::CaseListModel</name>
    <message numerus="yes">
        <source>%1 (terlambat %n hari kerja)</source>
        <translation><numerusform>%1 (terlambat %n hari kerja)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hari kerja lagi)</source>
        <translation><numerusform>%1 (%n hari kerja lagi)</numerusform></translation>
    </message>
    <message>
        <source>No. laporan</source>
        <translation>No. laporan</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
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
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Tenggat</source>
        <translation>Tenggat</translation>
    </message>
</context>
<context>
    <name>lapor::Ctl</name>
    <message>
        <source>versi skema, jumlah laporan per status, kursor sinkronisasi</source>
        <translation>versi skema, jumlah laporan per status, kursor sinkronisasi</translation>
    </message>
    <message>
        <source>Profil %1 tidak ditemukan.</source>
        <translation>Profil %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>status tidak menerima argumen.</source>
        <translation>status tidak menerima argumen.</translation>
    </message>
    <message>
        <source>lapordeskctl: LAPOR Desk tanpa jendela, untuk skrip dan penjadwal.</source>
        <translation>lapordeskctl: LAPOR Desk tanpa jendela, untuk skrip dan penjadwal.</translation>
    </message>
    <message>
        <source>Folder profil (wajib).</source>
        <translation>Folder profil (wajib).</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Keluaran JSON untuk dibaca program lain.</source>
        <translation>Keluaran JSON untuk dibaca program lain.</translation>
    </message>
    <message>
        <source>Perintah:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>PERINTAH</source>
        <translation>PERINTAH</translation>
    </message>
    <message>
        <source>Perintah %1 memerlukan --profile FOLDER.</source>
        <translation>Perintah %1 memerlukan --profile FOLDER.</translation>
    </message>
    <message>
        <source>Perintah tidak dikenal: %1. Lihat --help.</source>
        <translation>Perintah tidak dikenal: %1. Lihat --help.</translation>
    </message>
    <message>
        <source>Profil: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Versi skema: %1</source>
        <translation>Versi skema: %1</translation>
    </message>
    <message>
        <source>Kursor sinkronisasi: %1</source>
        <translation>Kursor sinkronisasi: %1</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>Sinkron terakhir: %1</source>
        <translation>Sinkron terakhir: %1</translation>
    </message>
    <message>
        <source>(belum pernah)</source>
        <translation>(belum pernah)</translation>
    </message>
    <message>
        <source>Laporan per status:</source>
        <translation>Laporan per status:</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>lapor::Database</name>
    <message>
        <source>Berkas basis data %1 tidak dapat dibaca: %2</source>
        <translation>Berkas basis data %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Berkas %1 bukan basis data LAPOR Desk atau sudah rusak. Berkas tidak diubah; pulihkan dari cadangan atau pindahkan berkas itu lalu sinkronkan ulang.</source>
        <translation>Berkas %1 bukan basis data LAPOR Desk atau sudah rusak. Berkas tidak diubah; pulihkan dari cadangan atau pindahkan berkas itu lalu sinkronkan ulang.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuka: %2</source>
        <translation>Basis data %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>Basis data %1 dibuat oleh LAPOR Desk versi yang lebih baru (skema %2; versi ini mengenal sampai skema %3). Perbarui aplikasi; berkas tidak diubah.</source>
        <translation>Basis data %1 dibuat oleh LAPOR Desk versi yang lebih baru (skema %2; versi ini mengenal sampai skema %3). Perbarui aplikasi; berkas tidak diubah.</translation>
    </message>
    <message>
        <source>Basis data %1 rusak (pemeriksaan integritas gagal: %2). Berkas tidak diubah; pulihkan dari cadangan atau pindahkan berkas itu lalu sinkronkan ulang.</source>
        <translation>Basis data %1 rusak (pemeriksaan integritas gagal: %2). Berkas tidak diubah; pulihkan dari cadangan atau pindahkan berkas itu lalu sinkronkan ulang.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat disiapkan: %2</source>
        <translation>Basis data %1 tidak dapat disiapkan: %2</translation>
    </message>
    <message>
        <source>Pembaruan skema basis data %1 gagal: %2</source>
        <translation>Pembaruan skema basis data %1 gagal: %2</translation>
    </message>
</context>
<context>
    <name>lapor::Desk</name>
    <message>
        <source>LAPOR Desk: menindaklanjuti laporan SP4N-LAPOR!, juga tanpa internet.</source>
        <translation>LAPOR Desk: menindaklanjuti laporan SP4N-LAPOR!, juga tanpa internet.</translation>
    </message>
    <message>
        <source>Folder profil (bawaan: %1).</source>
        <translation>Folder profil (bawaan: %1).</translation>
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
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
</context>
<context>
    <name>lapor::DraftRepository</name>
    <message>
        <source>Draf ini tidak dapat diubah lagi.</source>
        <translation>Draf ini tidak dapat diubah lagi.</translation>
    </message>
</context>
<context>
    <name>lapor::DraftStates</name>
    <message>
        <source>Draf</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Menunggu persetujuan</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Dibuang</source>
        <translation>Dibuang</translation>
    </message>
</context>
<context>
    <name>lapor::HubAddress</name>
    <message>
        <source>Alamat hub harus berupa URL lengkap, misalnya https://hub.lapor.go.id.</source>
        <translation>Alamat hub harus berupa URL lengkap, misalnya https://hub.lapor.go.id.</translation>
    </message>
    <message>
        <source>Hub di jaringan harus memakai https agar kata sandi dan laporan warga tidak terbaca orang lain.</source>
        <translation>Hub di jaringan harus memakai https agar kata sandi dan laporan warga tidak terbaca orang lain.</translation>
    </message>
    <message>
        <source>Alamat hub harus diawali https://.</source>
        <translation>Alamat hub harus diawali https://.</translation>
    </message>
</context>
<context>
    <name>lapor::MainWindow</name>
    <message numerus="yes">
        <source>%n laporan</source>
        <translation><numerusform>%n laporan</numerusform></translation>
    </message>
    <message>
        <source>Belum terhubung ke hub SP4N-LAPOR!</source>
        <translation>Belum terhubung ke hub SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>Masukkan alamat hub instansi Anda di Pengaturan → Preferensi (Ctrl+,), lalu masuk dengan akun SP4N-LAPOR! Anda.

Ingin mencoba dulu? Jalankan "lapordesk --training" untuk berlatih dengan laporan contoh tanpa menyentuh data sungguhan.</source>
        <translation>Masukkan alamat hub instansi Anda di Pengaturan → Preferensi (Ctrl+,), lalu masuk dengan akun SP4N-LAPOR! Anda.

Ingin mencoba dulu? Jalankan "lapordesk --training" untuk berlatih dengan laporan contoh tanpa menyentuh data sungguhan.</translation>
    </message>
    <message>
        <source>Belum ada laporan di komputer ini</source>
        <translation>Belum ada laporan di komputer ini</translation>
    </message>
    <message>
        <source>Sinkronkan (F5) saat tersambung ke internet untuk mengambil laporan yang didisposisikan ke unit Anda. Setelah itu semuanya bisa dikerjakan tanpa koneksi.</source>
        <translation>Sinkronkan (F5) saat tersambung ke internet untuk mengambil laporan yang didisposisikan ke unit Anda. Setelah itu semuanya bisa dikerjakan tanpa koneksi.</translation>
    </message>
    <message>
        <source>Tidak ada laporan yang cocok</source>
        <translation>Tidak ada laporan yang cocok</translation>
    </message>
    <message>
        <source>Coba kata lain atau hapus pencarian.</source>
        <translation>Coba kata lain atau hapus pencarian.</translation>
    </message>
    <message>
        <source>Pilih laporan</source>
        <translation>Pilih laporan</translation>
    </message>
    <message>
        <source>Pilih laporan di daftar sebelah kiri untuk membaca dan menindaklanjutinya.</source>
        <translation>Pilih laporan di daftar sebelah kiri untuk membaca dan menindaklanjutinya.</translation>
    </message>
    <message>
        <source>Luring</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>Luring · hub belum diatur</source>
        <translation>Luring · hub belum diatur</translation>
    </message>
    <message>
        <source>Sinkron terakhir: %1</source>
        <translation>Sinkron terakhir: %1</translation>
    </message>
    <message>
        <source>Belum pernah sinkron</source>
        <translation>Belum pernah sinkron</translation>
    </message>
    <message>
        <source>Anonim</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>Pelapor: %1</source>
        <translation>Pelapor: %1</translation>
    </message>
    <message>
        <source>Rahasia</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>Tentang LAPOR Desk</source>
        <translation>Tentang LAPOR Desk</translation>
    </message>
    <message>
        <source>LAPOR Desk %1

Menindaklanjuti laporan SP4N-LAPOR! dari kantor, juga saat internet putus.

Profil: %2</source>
        <translation>LAPOR Desk %1

Menindaklanjuti laporan SP4N-LAPOR! dari kantor, juga saat internet putus.

Profil: %2</translation>
    </message>
</context>
<context>
    <name>lapor::Profile</name>
    <message>
        <source>Folder profil %1 tidak dapat dibuat.</source>
        <translation>Folder profil %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Folder profil %1 tidak dapat ditulisi.</source>
        <translation>Folder profil %1 tidak dapat ditulisi.</translation>
    </message>
</context>
<context>
    <name>lapor::Roles</name>
    <message>
        <source>Petugas unit</source>
        <translation>Petugas unit</translation>
    </message>
    <message>
        <source>Kepala unit</source>
        <translation>Kepala unit</translation>
    </message>
    <message>
        <source>Koordinator instansi</source>
        <translation>Koordinator instansi</translation>
    </message>
    <message>
        <source>Admin nasional</source>
        <translation>Admin nasional</translation>
    </message>
</context>
<context>
    <name>lapor::SettingsDialog</name>
    <message>
        <source>Ikuti sistem</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Alamat hub tidak valid</source>
        <translation>Alamat hub tidak valid</translation>
    </message>
</context>
<context>
    <name>lapor::Status</name>
    <message>
        <source>Belum Terverifikasi</source>
        <translation>Belum Terverifikasi</translation>
    </message>
    <message>
        <source>Terdisposisi, Belum Ditindaklanjuti</source>
        <translation>Terdisposisi, Belum Ditindaklanjuti</translation>
    </message>
    <message>
        <source>Terdisposisi, Sedang Diproses</source>
        <translation>Terdisposisi, Sedang Diproses</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Tertunda</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <source>Arsip</source>
        <translation>Arsip</translation>
    </message>
    <message>
        <source>Bukan Wewenang</source>
        <translation>Bukan Wewenang</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ApprovalView</name>
    <message>
        <source>Tinjau draf</source>
        <translation>Tinjau draf</translation>
    </message>
    <message>
        <source>Draf yang ditinjau</source>
        <translation>Draf yang ditinjau</translation>
    </message>
    <message>
        <source>&amp;Perubahan</source>
        <translation>&amp;Perubahan</translation>
    </message>
    <message>
        <source>Perbedaan dengan revisi sebelumnya</source>
        <translation>Perbedaan dengan revisi sebelumnya</translation>
    </message>
    <message>
        <source>Teks &amp;lengkap</source>
        <translation>Teks &amp;lengkap</translation>
    </message>
    <message>
        <source>Teks revisi yang ditinjau</source>
        <translation>Teks revisi yang ditinjau</translation>
    </message>
    <message>
        <source>&amp;Komentar untuk penulis (wajib bila dikembalikan):</source>
        <translation>&amp;Komentar untuk penulis (wajib bila dikembalikan):</translation>
    </message>
    <message>
        <source>Komentar untuk penulis</source>
        <translation>Komentar untuk penulis</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>&amp;Setujui</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <source>Revisi yang ditinjau</source>
        <translation>Revisi yang ditinjau</translation>
    </message>
    <message>
        <source>Pilih antara perubahan terhadap revisi sebelumnya dan teks lengkap revisi.</source>
        <translation>Pilih antara perubahan terhadap revisi sebelumnya dan teks lengkap revisi.</translation>
    </message>
    <message>
        <source>Teks yang ditambah dan dihapus sejak revisi yang terakhir Anda lihat.</source>
        <translation>Teks yang ditambah dan dihapus sejak revisi yang terakhir Anda lihat.</translation>
    </message>
    <message>
        <source>Teks lengkap revisi yang akan disetujui atau dikembalikan.</source>
        <translation>Teks lengkap revisi yang akan disetujui atau dikembalikan.</translation>
    </message>
    <message>
        <source>Wajib diisi bila draf dikembalikan; penulis membacanya bersama draf.</source>
        <translation>Wajib diisi bila draf dikembalikan; penulis membacanya bersama draf.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Menutup tinjauan tanpa memutuskan.</source>
        <translation>Menutup tinjauan tanpa memutuskan.</translation>
    </message>
    <message>
        <source>Kembalikan draf</source>
        <translation>Kembalikan draf</translation>
    </message>
    <message>
        <source>Mengembalikan draf ke penulis dengan komentar Anda.</source>
        <translation>Mengembalikan draf ke penulis dengan komentar Anda.</translation>
    </message>
    <message>
        <source>Setujui draf</source>
        <translation>Setujui draf</translation>
    </message>
    <message>
        <source>Menyetujui revisi yang tampil; tindak lanjut dikirim ke hub.</source>
        <translation>Menyetujui revisi yang tampil; tindak lanjut dikirim ke hub.</translation>
    </message>
    <message>
        <source>Ke&amp;mbalikan</source>
        <translation>Ke&amp;mbalikan</translation>
    </message>
</context>
<context>
    <name>CaseActionDialog</name>
    <message>
        <source>&amp;Unit tujuan:</source>
        <translation>&amp;Unit tujuan:</translation>
    </message>
    <message>
        <source>Unit tujuan</source>
        <translation>Unit tujuan</translation>
    </message>
    <message>
        <source>Unit yang akan menerima laporan ini.</source>
        <translation>Unit yang akan menerima laporan ini.</translation>
    </message>
    <message>
        <source>Teks yang dikirim bersama tindakan ini.</source>
        <translation>Teks yang dikirim bersama tindakan ini.</translation>
    </message>
    <message>
        <source>Tombol dialog</source>
        <translation>Tombol dialog</translation>
    </message>
    <message>
        <source>Simpan tindakan atau batalkan.</source>
        <translation>Simpan tindakan atau batalkan.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Judul laporan</source>
        <translation>Judul laporan</translation>
    </message>
    <message>
        <source>Status laporan</source>
        <translation>Status laporan</translation>
    </message>
    <message>
        <source>Sisa hari kerja</source>
        <translation>Sisa hari kerja</translation>
    </message>
    <message>
        <source>Keterangan laporan</source>
        <translation>Keterangan laporan</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Isi laporan</source>
        <translation>Isi laporan</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Riwayat laporan</source>
        <translation>Riwayat laporan</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Lampiran laporan</source>
        <translation>Lampiran laporan</translation>
    </message>
    <message>
        <source>&amp;Buka</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Buka lampiran</source>
        <translation>Buka lampiran</translation>
    </message>
    <message>
        <source>Simpan &amp;sebagai…</source>
        <translation>Simpan &amp;sebagai…</translation>
    </message>
    <message>
        <source>Simpan lampiran sebagai</source>
        <translation>Simpan lampiran sebagai</translation>
    </message>
    <message>
        <source>Isi laporan dari pelapor, sebagai teks biasa.</source>
        <translation>Isi laporan dari pelapor, sebagai teks biasa.</translation>
    </message>
    <message>
        <source>Bagian laporan</source>
        <translation>Bagian laporan</translation>
    </message>
    <message>
        <source>Pilih riwayat, lampiran, atau laporan terkait.</source>
        <translation>Pilih riwayat, lampiran, atau laporan terkait.</translation>
    </message>
    <message>
        <source>Peristiwa laporan dari yang terlama: disposisi, tindak lanjut, balasan pelapor.</source>
        <translation>Peristiwa laporan dari yang terlama: disposisi, tindak lanjut, balasan pelapor.</translation>
    </message>
    <message>
        <source>Berkas yang dilampirkan pelapor dan petugas. Tekan Enter untuk membuka.</source>
        <translation>Berkas yang dilampirkan pelapor dan petugas. Tekan Enter untuk membuka.</translation>
    </message>
    <message>
        <source>Membuka lampiran terpilih dengan aplikasi bawaan komputer ini.</source>
        <translation>Membuka lampiran terpilih dengan aplikasi bawaan komputer ini.</translation>
    </message>
    <message>
        <source>Menyimpan salinan lampiran terpilih ke folder pilihan Anda.</source>
        <translation>Menyimpan salinan lampiran terpilih ke folder pilihan Anda.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Dasbor Pengawasan</source>
        <translation>Dasbor Pengawasan</translation>
    </message>
    <message>
        <source>Cakupan:</source>
        <translation>Cakupan:</translation>
    </message>
    <message>
        <source>Cakupan</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Dari tanggal</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Sampai tanggal</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>Jenis laporan</source>
        <translation>Jenis laporan</translation>
    </message>
    <message>
        <source>Ekspor &amp;PDF…</source>
        <translation>Ekspor &amp;PDF…</translation>
    </message>
    <message>
        <source>Ekspor &amp;CSV…</source>
        <translation>Ekspor &amp;CSV…</translation>
    </message>
    <message>
        <source>C&amp;etak…</source>
        <translation>C&amp;etak…</translation>
    </message>
    <message>
        <source>Cetak laporan</source>
        <translation>Cetak laporan</translation>
    </message>
    <message>
        <source>Laporan diterima</source>
        <translation>Laporan diterima</translation>
    </message>
    <message>
        <source>Dijawab dalam 5 hari kerja</source>
        <translation>Dijawab dalam 5 hari kerja</translation>
    </message>
    <message>
        <source>Rata-rata hari kerja sampai tindak lanjut pertama</source>
        <translation>Rata-rata hari kerja sampai tindak lanjut pertama</translation>
    </message>
    <message>
        <source>Laporan terlambat</source>
        <translation>Laporan terlambat</translation>
    </message>
    <message>
        <source>Penilaian warga</source>
        <translation>Penilaian warga</translation>
    </message>
    <message>
        <source>Laporan per status</source>
        <translation>Laporan per status</translation>
    </message>
    <message>
        <source>Diterima dan ditindaklanjuti per minggu</source>
        <translation>Diterima dan ditindaklanjuti per minggu</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Per unit</translation>
    </message>
    <message>
        <source>Rata-rata hari kerja per unit</source>
        <translation>Rata-rata hari kerja per unit</translation>
    </message>
    <message>
        <source>Klik dua kali untuk membuka laporan di balik baris ini</source>
        <translation>Klik dua kali untuk membuka laporan di balik baris ini</translation>
    </message>
    <message>
        <source>Per petugas</source>
        <translation>Per petugas</translation>
    </message>
    <message>
        <source>Rata-rata hari kerja per petugas</source>
        <translation>Rata-rata hari kerja per petugas</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Instansi atau unit yang angkanya ditampilkan.</source>
        <translation>Instansi atau unit yang angkanya ditampilkan.</translation>
    </message>
    <message>
        <source>Bulan laporan; pilih Rentang khusus untuk memilih tanggal sendiri.</source>
        <translation>Bulan laporan; pilih Rentang khusus untuk memilih tanggal sendiri.</translation>
    </message>
    <message>
        <source>Tanggal awal rentang laporan.</source>
        <translation>Tanggal awal rentang laporan.</translation>
    </message>
    <message>
        <source>Tanggal akhir rentang laporan.</source>
        <translation>Tanggal akhir rentang laporan.</translation>
    </message>
    <message>
        <source>Rekap atau daftar laporan terlambat untuk diekspor atau dicetak.</source>
        <translation>Rekap atau daftar laporan terlambat untuk diekspor atau dicetak.</translation>
    </message>
    <message>
        <source>Ekspor PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>Menyimpan laporan terpilih sebagai berkas PDF.</source>
        <translation>Menyimpan laporan terpilih sebagai berkas PDF.</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>Menyimpan laporan terpilih sebagai berkas CSV untuk lembar kerja.</source>
        <translation>Menyimpan laporan terpilih sebagai berkas CSV untuk lembar kerja.</translation>
    </message>
    <message>
        <source>Mencetak laporan terpilih.</source>
        <translation>Mencetak laporan terpilih.</translation>
    </message>
    <message>
        <source>Membuka daftar laporan di balik angka ini.</source>
        <translation>Membuka daftar laporan di balik angka ini.</translation>
    </message>
    <message>
        <source>Tabel rekap</source>
        <translation>Tabel rekap</translation>
    </message>
    <message>
        <source>Pilih tabel per unit, per petugas, atau laporan terlambat.</source>
        <translation>Pilih tabel per unit, per petugas, atau laporan terlambat.</translation>
    </message>
    <message>
        <source>Klik dua kali pada baris untuk membuka laporan di baliknya.</source>
        <translation>Klik dua kali pada baris untuk membuka laporan di baliknya.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Tindak lanjut</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Status draf</source>
        <translation>Status draf</translation>
    </message>
    <message>
        <source>Catatan pengembalian</source>
        <translation>Catatan pengembalian</translation>
    </message>
    <message>
        <source>&amp;Teks</source>
        <translation>&amp;Teks</translation>
    </message>
    <message>
        <source>Te&amp;mplat:</source>
        <translation>Te&amp;mplat:</translation>
    </message>
    <message>
        <source>Templat balasan</source>
        <translation>Templat balasan</translation>
    </message>
    <message>
        <source>Gunakan templat</source>
        <translation>Gunakan templat</translation>
    </message>
    <message>
        <source>Teks tindak lanjut</source>
        <translation>Teks tindak lanjut</translation>
    </message>
    <message>
        <source>&amp;Lampiran</source>
        <translation>&amp;Lampiran</translation>
    </message>
    <message>
        <source>Lampiran draf</source>
        <translation>Lampiran draf</translation>
    </message>
    <message>
        <source>Tambah &amp;berkas…</source>
        <translation>Tambah &amp;berkas…</translation>
    </message>
    <message>
        <source>&amp;Hapus lampiran</source>
        <translation>&amp;Hapus lampiran</translation>
    </message>
    <message>
        <source>&amp;Riwayat revisi</source>
        <translation>&amp;Riwayat revisi</translation>
    </message>
    <message>
        <source>Revisi draf</source>
        <translation>Revisi draf</translation>
    </message>
    <message>
        <source>Perbedaan antarrevisi</source>
        <translation>Perbedaan antarrevisi</translation>
    </message>
    <message>
        <source>Pemeriksaan sebelum diajukan</source>
        <translation>Pemeriksaan sebelum diajukan</translation>
    </message>
    <message>
        <source>Status penyimpanan</source>
        <translation>Status penyimpanan</translation>
    </message>
    <message>
        <source>B&amp;uang draf…</source>
        <translation>B&amp;uang draf…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>&amp;Ajukan untuk persetujuan</source>
        <translation>&amp;Ajukan untuk persetujuan</translation>
    </message>
    <message>
        <source>Kirim ukuran &amp;asli</source>
        <translation>Kirim ukuran &amp;asli</translation>
    </message>
    <message>
        <source>Ganti foto yang diperkecil dengan foto aslinya, dibaca lagi dari tempat foto itu dilampirkan. Metadatanya tetap dibuang.</source>
        <translation>Ganti foto yang diperkecil dengan foto aslinya, dibaca lagi dari tempat foto itu dilampirkan. Metadatanya tetap dibuang.</translation>
    </message>
    <message>
        <source>Bagian draf</source>
        <translation>Bagian draf</translation>
    </message>
    <message>
        <source>Pilih teks, lampiran, atau riwayat revisi draf.</source>
        <translation>Pilih teks, lampiran, atau riwayat revisi draf.</translation>
    </message>
    <message>
        <source>Templat balasan yang dapat dipakai sebagai awal teks.</source>
        <translation>Templat balasan yang dapat dipakai sebagai awal teks.</translation>
    </message>
    <message>
        <source>Mengganti teks atau menyisipkan templat terpilih di kursor.</source>
        <translation>Mengganti teks atau menyisipkan templat terpilih di kursor.</translation>
    </message>
    <message>
        <source>Teks tindak lanjut untuk pelapor. Disimpan otomatis.</source>
        <translation>Teks tindak lanjut untuk pelapor. Disimpan otomatis.</translation>
    </message>
    <message>
        <source>Berkas yang ikut dikirim bersama tindak lanjut ini.</source>
        <translation>Berkas yang ikut dikirim bersama tindak lanjut ini.</translation>
    </message>
    <message>
        <source>Tambah lampiran</source>
        <translation>Tambah lampiran</translation>
    </message>
    <message>
        <source>Memilih berkas untuk dilampirkan ke draf.</source>
        <translation>Memilih berkas untuk dilampirkan ke draf.</translation>
    </message>
    <message>
        <source>Hapus lampiran</source>
        <translation>Hapus lampiran</translation>
    </message>
    <message>
        <source>Menghapus lampiran terpilih dari draf.</source>
        <translation>Menghapus lampiran terpilih dari draf.</translation>
    </message>
    <message>
        <source>Kirim ukuran asli</source>
        <translation>Kirim ukuran asli</translation>
    </message>
    <message>
        <source>Revisi yang sudah diajukan; pilih satu untuk melihat perbedaannya.</source>
        <translation>Revisi yang sudah diajukan; pilih satu untuk melihat perbedaannya.</translation>
    </message>
    <message>
        <source>Teks yang ditambah dan dihapus antara dua revisi.</source>
        <translation>Teks yang ditambah dan dihapus antara dua revisi.</translation>
    </message>
    <message>
        <source>Buang draf</source>
        <translation>Buang draf</translation>
    </message>
    <message>
        <source>Menghapus draf ini setelah konfirmasi.</source>
        <translation>Menghapus draf ini setelah konfirmasi.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Menutup editor; teks sudah tersimpan.</source>
        <translation>Menutup editor; teks sudah tersimpan.</translation>
    </message>
    <message>
        <source>Ajukan untuk persetujuan</source>
        <translation>Ajukan untuk persetujuan</translation>
    </message>
    <message>
        <source>Mengirim revisi ini ke kepala unit untuk disetujui.</source>
        <translation>Mengirim revisi ini ke kepala unit untuk disetujui.</translation>
    </message>
    <message>
        <source>&amp;Gunakan templat</source>
        <translation>&amp;Gunakan templat</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter status</source>
        <translation>Filter status</translation>
    </message>
    <message>
        <source>Filter tenggat</source>
        <translation>Filter tenggat</translation>
    </message>
    <message>
        <source>Filter kategori</source>
        <translation>Filter kategori</translation>
    </message>
    <message>
        <source>Filter unit</source>
        <translation>Filter unit</translation>
    </message>
    <message>
        <source>Filter petugas</source>
        <translation>Filter petugas</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Filter tanggal diterima</source>
        <translation>Filter tanggal diterima</translation>
    </message>
    <message>
        <source>Diterima dari tanggal</source>
        <translation>Diterima dari tanggal</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Diterima sampai tanggal</source>
        <translation>Diterima sampai tanggal</translation>
    </message>
    <message>
        <source>Atur ulang</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Hapus semua filter</source>
        <translation>Hapus semua filter</translation>
    </message>
    <message>
        <source>Hanya tampilkan laporan dengan status ini.</source>
        <translation>Hanya tampilkan laporan dengan status ini.</translation>
    </message>
    <message>
        <source>Hanya tampilkan laporan dengan keadaan tenggat ini.</source>
        <translation>Hanya tampilkan laporan dengan keadaan tenggat ini.</translation>
    </message>
    <message>
        <source>Hanya tampilkan laporan dalam kategori ini.</source>
        <translation>Hanya tampilkan laporan dalam kategori ini.</translation>
    </message>
    <message>
        <source>Hanya tampilkan laporan unit ini.</source>
        <translation>Hanya tampilkan laporan unit ini.</translation>
    </message>
    <message>
        <source>Hanya tampilkan laporan petugas ini.</source>
        <translation>Hanya tampilkan laporan petugas ini.</translation>
    </message>
    <message>
        <source>Aktifkan untuk membatasi laporan menurut tanggal diterima.</source>
        <translation>Aktifkan untuk membatasi laporan menurut tanggal diterima.</translation>
    </message>
    <message>
        <source>Tanggal awal laporan diterima.</source>
        <translation>Tanggal awal laporan diterima.</translation>
    </message>
    <message>
        <source>Tanggal akhir laporan diterima.</source>
        <translation>Tanggal akhir laporan diterima.</translation>
    </message>
    <message>
        <source>Menghapus semua filter sehingga semua laporan tampil lagi.</source>
        <translation>Menghapus semua filter sehingga semua laporan tampil lagi.</translation>
    </message>
</context>
<context>
    <name>FirstStartGuide</name>
    <message>
        <source>Selamat datang di LAPOR Desk</source>
        <translation>Selamat datang di LAPOR Desk</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Pilih bahasa LAPOR Desk. Pilihan berlaku seketika dan bisa diubah nanti di Pengaturan → Preferensi.</source>
        <translation>Pilih bahasa LAPOR Desk. Pilihan berlaku seketika dan bisa diubah nanti di Pengaturan → Preferensi.</translation>
    </message>
    <message>
        <source>Sambungan</source>
        <translation>Sambungan</translation>
    </message>
    <message>
        <source>Dari mana laporan unit Anda diambil.</source>
        <translation>Dari mana laporan unit Anda diambil.</translation>
    </message>
    <message>
        <source>LAPOR Desk mengambil laporan unit Anda dari hub SP4N-LAPOR! instansi. Alamatnya Anda dapat dari admin instansi. Belum punya? Berlatihlah dulu dengan laporan contoh.</source>
        <translation>LAPOR Desk mengambil laporan unit Anda dari hub SP4N-LAPOR! instansi. Alamatnya Anda dapat dari admin instansi. Belum punya? Berlatihlah dulu dengan laporan contoh.</translation>
    </message>
    <message>
        <source>&amp;Hub instansi saya</source>
        <translation>&amp;Hub instansi saya</translation>
    </message>
    <message>
        <source>&amp;Alamat hub:</source>
        <translation>&amp;Alamat hub:</translation>
    </message>
    <message>
        <source>https://hub.lapor.go.id</source>
        <translation>https://hub.lapor.go.id</translation>
    </message>
    <message>
        <source>&amp;Mode pelatihan: laporan contoh di komputer ini, tanpa hub</source>
        <translation>&amp;Mode pelatihan: laporan contoh di komputer ini, tanpa hub</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Masuk dengan akun SP4N-LAPOR! Anda. Setelah masuk, laporan unit Anda disinkronkan dan bisa dikerjakan tanpa internet.</source>
        <translation>Masuk dengan akun SP4N-LAPOR! Anda. Setelah masuk, laporan unit Anda disinkronkan dan bisa dikerjakan tanpa internet.</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Mode pelatihan</source>
        <translation>Mode pelatihan</translation>
    </message>
    <message>
        <source>Berlatih dengan laporan contoh, tanpa menyentuh data sungguhan.</source>
        <translation>Berlatih dengan laporan contoh, tanpa menyentuh data sungguhan.</translation>
    </message>
    <message>
        <source>LAPOR Desk dimulai ulang dengan hub latihan di komputer ini dan laporan contoh. Anda masuk sebagai petugas1 (kata sandi: latihan). Data kerja sungguhan tidak tersentuh. Untuk bekerja sungguhan nanti, jalankan LAPOR Desk tanpa --training.</source>
        <translation>LAPOR Desk dimulai ulang dengan hub latihan di komputer ini dan laporan contoh. Anda masuk sebagai petugas1 (kata sandi: latihan). Data kerja sungguhan tidak tersentuh. Untuk bekerja sungguhan nanti, jalankan LAPOR Desk tanpa --training.</translation>
    </message>
</context>
<context>
    <name>ImageMetadata</name>
    <message>
        <source>berkas JPEG terpotong sebelum akhir gambarnya</source>
        <translation>berkas JPEG terpotong sebelum akhir gambarnya</translation>
    </message>
    <message>
        <source>susunan berkas JPEG rusak</source>
        <translation>susunan berkas JPEG rusak</translation>
    </message>
</context>
<context>
    <name>LocalPasswordDialog</name>
    <message>
        <source>Kata sandi kunci LAPOR Desk</source>
        <translation>Kata sandi kunci LAPOR Desk</translation>
    </message>
    <message>
        <source>Anda masuk lewat peramban, jadi LAPOR Desk tidak pernah melihat kata sandi hub Anda. Buat kata sandi untuk membuka kunci layar dan untuk masuk di komputer ini saat hub tidak dapat dihubungi. Kata sandi ini hanya tersimpan di komputer ini (sebagai hash), tidak dikirim ke hub.</source>
        <translation>Anda masuk lewat peramban, jadi LAPOR Desk tidak pernah melihat kata sandi hub Anda. Buat kata sandi untuk membuka kunci layar dan untuk masuk di komputer ini saat hub tidak dapat dihubungi. Kata sandi ini hanya tersimpan di komputer ini (sebagai hash), tidak dikirim ke hub.</translation>
    </message>
    <message>
        <source>&amp;Kata sandi kunci:</source>
        <translation>&amp;Kata sandi kunci:</translation>
    </message>
    <message>
        <source>Kata sandi kunci</source>
        <translation>Kata sandi kunci</translation>
    </message>
    <message>
        <source>&amp;Ulangi:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>Ulangi kata sandi kunci</source>
        <translation>Ulangi kata sandi kunci</translation>
    </message>
    <message>
        <source>Kata sandi untuk membuka LAPOR Desk yang terkunci di komputer ini.</source>
        <translation>Kata sandi untuk membuka LAPOR Desk yang terkunci di komputer ini.</translation>
    </message>
    <message>
        <source>Ketik kata sandi yang sama sekali lagi.</source>
        <translation>Ketik kata sandi yang sama sekali lagi.</translation>
    </message>
    <message>
        <source>Tombol dialog</source>
        <translation>Tombol dialog</translation>
    </message>
    <message>
        <source>Simpan kata sandi atau batalkan.</source>
        <translation>Simpan kata sandi atau batalkan.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>LAPOR Desk terkunci</source>
        <translation>LAPOR Desk terkunci</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Kata sandi untuk membuka kunci</source>
        <translation>Kata sandi untuk membuka kunci</translation>
    </message>
    <message>
        <source>Keterangan kunci</source>
        <translation>Keterangan kunci</translation>
    </message>
    <message>
        <source>Masuk sebagai &amp;pengguna lain</source>
        <translation>Masuk sebagai &amp;pengguna lain</translation>
    </message>
    <message>
        <source>Keluar dari akun ini lalu masuk dengan akun lain</source>
        <translation>Keluar dari akun ini lalu masuk dengan akun lain</translation>
    </message>
    <message>
        <source>&amp;Buka kunci</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>Ketik kata sandi Anda lalu tekan Enter.</source>
        <translation>Ketik kata sandi Anda lalu tekan Enter.</translation>
    </message>
    <message>
        <source>Masuk sebagai pengguna lain</source>
        <translation>Masuk sebagai pengguna lain</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Membuka kunci dengan kata sandi yang diketik.</source>
        <translation>Membuka kunci dengan kata sandi yang diketik.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk ke hub SP4N-LAPOR!</source>
        <translation>Masuk ke hub SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>Masuk dengan akun SP4N-LAPOR! Anda. Setelah masuk, laporan unit Anda disinkronkan dan bisa dikerjakan tanpa internet.</source>
        <translation>Masuk dengan akun SP4N-LAPOR! Anda. Setelah masuk, laporan unit Anda disinkronkan dan bisa dikerjakan tanpa internet.</translation>
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
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Siapa yang bekerja di LAPOR Desk ini?</source>
        <translation>&amp;Siapa yang bekerja di LAPOR Desk ini?</translation>
    </message>
    <message>
        <source>Pengguna LAPOR Desk ini</source>
        <translation>Pengguna LAPOR Desk ini</translation>
    </message>
    <message>
        <source>Pilih nama Anda, lalu isi kata sandi. Pilih Orang lain untuk masuk pertama kali.</source>
        <translation>Pilih nama Anda, lalu isi kata sandi. Pilih Orang lain untuk masuk pertama kali.</translation>
    </message>
    <message>
        <source>Alamat https hub instansi Anda, misalnya https://hub.instansi.go.id.</source>
        <translation>Alamat https hub instansi Anda, misalnya https://hub.instansi.go.id.</translation>
    </message>
    <message>
        <source>Nama pengguna akun LAPOR! Anda.</source>
        <translation>Nama pengguna akun LAPOR! Anda.</translation>
    </message>
    <message>
        <source>Kata sandi akun LAPOR! Anda.</source>
        <translation>Kata sandi akun LAPOR! Anda.</translation>
    </message>
    <message>
        <source>Tombol dialog</source>
        <translation>Tombol dialog</translation>
    </message>
    <message>
        <source>Masuk atau batalkan.</source>
        <translation>Masuk atau batalkan.</translation>
    </message>
</context>
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
    <message>
        <source>Tampilan laporan</source>
        <translation>Tampilan laporan</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Tampilkan filter</source>
        <translation>Tampilkan filter</translation>
    </message>
    <message>
        <source>Filter laporan</source>
        <translation>Filter laporan</translation>
    </message>
    <message>
        <source>Tampilkan &amp;filter</source>
        <translation>Tampilkan &amp;filter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Hapus filter dan pencarian</source>
        <translation>&amp;Hapus filter dan pencarian</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Ke &amp;daftar laporan</source>
        <translation>Ke &amp;daftar laporan</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Buka laporan terpilih</source>
        <translation>&amp;Buka laporan terpilih</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>&amp;Simpan sebagai tampilan…</source>
        <translation>&amp;Simpan sebagai tampilan…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Ganti nama tampilan…</source>
        <translation>&amp;Ganti nama tampilan…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Hapus &amp;tampilan</source>
        <translation>Hapus &amp;tampilan</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Tampilan bawaan dan tampilan yang Anda simpan.</source>
        <translation>Tampilan bawaan dan tampilan yang Anda simpan.</translation>
    </message>
    <message>
        <source>Cari judul, isi laporan dan tindak lanjut saat Anda mengetik.</source>
        <translation>Cari judul, isi laporan dan tindak lanjut saat Anda mengetik.</translation>
    </message>
    <message>
        <source>Menampilkan atau menyembunyikan baris filter.</source>
        <translation>Menampilkan atau menyembunyikan baris filter.</translation>
    </message>
    <message>
        <source>Filter status, tenggat, kategori, unit, petugas dan tanggal.</source>
        <translation>Filter status, tenggat, kategori, unit, petugas dan tanggal.</translation>
    </message>
    <message>
        <source>Laporan yang cocok dengan pencarian dan filter. Tekan Enter untuk membuka.</source>
        <translation>Laporan yang cocok dengan pencarian dan filter. Tekan Enter untuk membuka.</translation>
    </message>
    <message>
        <source>Atur alamat hub</source>
        <translation>Atur alamat hub</translation>
    </message>
    <message>
        <source>Membuka Pengaturan untuk mengisi alamat hub.</source>
        <translation>Membuka Pengaturan untuk mengisi alamat hub.</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Ringkasan kotak keluar</source>
        <translation>Ringkasan kotak keluar</translation>
    </message>
    <message>
        <source>Tampilkan yang sudah &amp;terkirim/dibuang</source>
        <translation>Tampilkan yang sudah &amp;terkirim/dibuang</translation>
    </message>
    <message>
        <source>&amp;Kirim sekarang</source>
        <translation>&amp;Kirim sekarang</translation>
    </message>
    <message>
        <source>Kotak keluar</source>
        <translation>Kotak keluar</translation>
    </message>
    <message>
        <source>Keterangan tindakan terpilih</source>
        <translation>Keterangan tindakan terpilih</translation>
    </message>
    <message>
        <source>&amp;Buka laporan</source>
        <translation>&amp;Buka laporan</translation>
    </message>
    <message>
        <source>&amp;Coba lagi</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Tinjau keadaan kasus dan kirim &amp;ulang</source>
        <translation>Tinjau keadaan kasus dan kirim &amp;ulang</translation>
    </message>
    <message>
        <source>B&amp;uang…</source>
        <translation>B&amp;uang…</translation>
    </message>
    <message>
        <source>Tampilkan yang sudah terkirim atau dibuang</source>
        <translation>Tampilkan yang sudah terkirim atau dibuang</translation>
    </message>
    <message>
        <source>Menampilkan juga tindakan yang sudah selesai.</source>
        <translation>Menampilkan juga tindakan yang sudah selesai.</translation>
    </message>
    <message>
        <source>Kirim sekarang</source>
        <translation>Kirim sekarang</translation>
    </message>
    <message>
        <source>Mengirim semua tindakan yang menunggu ke hub.</source>
        <translation>Mengirim semua tindakan yang menunggu ke hub.</translation>
    </message>
    <message>
        <source>Tindakan yang menunggu dikirim, gagal, atau bentrok.</source>
        <translation>Tindakan yang menunggu dikirim, gagal, atau bentrok.</translation>
    </message>
    <message>
        <source>Membuka laporan dari tindakan terpilih.</source>
        <translation>Membuka laporan dari tindakan terpilih.</translation>
    </message>
    <message>
        <source>Mengirim lagi tindakan terpilih yang gagal.</source>
        <translation>Mengirim lagi tindakan terpilih yang gagal.</translation>
    </message>
    <message>
        <source>Membandingkan dengan keadaan laporan di hub sebelum mengirim ulang.</source>
        <translation>Membandingkan dengan keadaan laporan di hub sebelum mengirim ulang.</translation>
    </message>
    <message>
        <source>Membuang tindakan terpilih setelah konfirmasi; tidak dikirim ke hub.</source>
        <translation>Membuang tindakan terpilih setelah konfirmasi; tidak dikirim ke hub.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semu&amp;a</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Jangan Simpan</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Lokasi Tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semu&amp;a</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Catatan yang tidak dapat dibaca</source>
        <translation>Catatan yang tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Catatan ini dikirim hub tetapi tidak dapat dibaca atau disimpan oleh LAPOR Desk. Sinkronisasi tetap berjalan; versi yang lebih baru dari catatan yang sama akan menggantikannya. Salin rinciannya dan kirimkan kepada admin instansi.</source>
        <translation>Catatan ini dikirim hub tetapi tidak dapat dibaca atau disimpan oleh LAPOR Desk. Sinkronisasi tetap berjalan; versi yang lebih baru dari catatan yang sama akan menggantikannya. Salin rinciannya dan kirimkan kepada admin instansi.</translation>
    </message>
    <message>
        <source>Rincian catatan yang tidak dapat dibaca</source>
        <translation>Rincian catatan yang tidak dapat dibaca</translation>
    </message>
    <message>
        <source>&amp;Salin</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Salin semua rincian ke papan klip</source>
        <translation>Salin semua rincian ke papan klip</translation>
    </message>
    <message>
        <source>Catatan dari hub yang disisihkan, tanpa identitas pelapor.</source>
        <translation>Catatan dari hub yang disisihkan, tanpa identitas pelapor.</translation>
    </message>
    <message>
        <source>Salin rincian</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <source>Tombol dialog</source>
        <translation>Tombol dialog</translation>
    </message>
    <message>
        <source>Menutup jendela ini.</source>
        <translation>Menutup jendela ini.</translation>
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
        <source>Sertifikat &amp;CA tambahan:</source>
        <translation>Sertifikat &amp;CA tambahan:</translation>
    </message>
    <message>
        <source>(tidak ada: hanya CA sistem)</source>
        <translation>(tidak ada: hanya CA sistem)</translation>
    </message>
    <message>
        <source>Berkas sertifikat CA tambahan</source>
        <translation>Berkas sertifikat CA tambahan</translation>
    </message>
    <message>
        <source>&amp;Pilih…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>Pilih berkas sertifikat CA</source>
        <translation>Pilih berkas sertifikat CA</translation>
    </message>
    <message>
        <source>Batas &amp;waktu permintaan:</source>
        <translation>Batas &amp;waktu permintaan:</translation>
    </message>
    <message>
        <source> detik</source>
        <translation> detik</translation>
    </message>
    <message>
        <source>Batas waktu permintaan dalam detik</source>
        <translation>Batas waktu permintaan dalam detik</translation>
    </message>
    <message>
        <source>Sinkron &amp;otomatis setiap:</source>
        <translation>Sinkron &amp;otomatis setiap:</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Selang sinkron otomatis dalam menit</source>
        <translation>Selang sinkron otomatis dalam menit</translation>
    </message>
    <message>
        <source>&amp;Lampiran diunduh di muka:</source>
        <translation>&amp;Lampiran diunduh di muka:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Batas ukuran lampiran yang diunduh di muka, dalam MB</source>
        <translation>Batas ukuran lampiran yang diunduh di muka, dalam MB</translation>
    </message>
    <message>
        <source>Data di komputer ini</source>
        <translation>Data di komputer ini</translation>
    </message>
    <message>
        <source>Hapus laporan yang sudah &amp;ditutup setelah:</source>
        <translation>Hapus laporan yang sudah &amp;ditutup setelah:</translation>
    </message>
    <message>
        <source> bulan</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Simpan selamanya</source>
        <translation>Simpan selamanya</translation>
    </message>
    <message>
        <source>Lama laporan yang sudah ditutup disimpan, dalam bulan</source>
        <translation>Lama laporan yang sudah ditutup disimpan, dalam bulan</translation>
    </message>
    <message>
        <source>Laporan berstatus Selesai, Arsip atau Bukan Wewenang yang tidak berubah selama itu dihapus dari komputer ini beserta lampirannya setelah sinkron; hub tetap menyimpannya. Laporan dengan draf terbuka atau tindakan yang belum terkirim tidak dihapus.</source>
        <translation>Laporan berstatus Selesai, Arsip atau Bukan Wewenang yang tidak berubah selama itu dihapus dari komputer ini beserta lampirannya setelah sinkron; hub tetap menyimpannya. Laporan dengan draf terbuka atau tindakan yang belum terkirim tidak dihapus.</translation>
    </message>
    <message>
        <source>&amp;Kunci bila tidak dipakai:</source>
        <translation>&amp;Kunci bila tidak dipakai:</translation>
    </message>
    <message>
        <source>tidak pernah</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Kunci LAPOR Desk setelah sekian menit tidak dipakai; 0 berarti tidak pernah</source>
        <translation>Kunci LAPOR Desk setelah sekian menit tidak dipakai; 0 berarti tidak pernah</translation>
    </message>
    <message>
        <source>Alamat hub diberikan oleh admin instansi Anda. Hanya alamat https yang diterima, kecuali hub pelatihan di komputer ini. Sertifikat CA tambahan (PEM) hanya perlu bila hub instansi memakai CA pemerintah yang tidak dikenal sistem. Lampiran diunduh di muka setelah sinkron selama ukurannya masih dalam batas; 0 berarti hanya saat dibuka. LAPOR Desk terkunci sendiri bila papan ketik dan tetikus tidak dipakai selama waktu yang diatur; membukanya memerlukan kata sandi Anda.</source>
        <translation>Alamat hub diberikan oleh admin instansi Anda. Hanya alamat https yang diterima, kecuali hub pelatihan di komputer ini. Sertifikat CA tambahan (PEM) hanya perlu bila hub instansi memakai CA pemerintah yang tidak dikenal sistem. Lampiran diunduh di muka setelah sinkron selama ukurannya masih dalam batas; 0 berarti hanya saat dibuka. LAPOR Desk terkunci sendiri bila papan ketik dan tetikus tidak dipakai selama waktu yang diatur; membukanya memerlukan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Pin kunci hub (&amp;SHA-256):</source>
        <translation>Pin kunci hub (&amp;SHA-256):</translation>
    </message>
    <message>
        <source>(tidak ada: sertifikat apa pun yang dipercaya CA)</source>
        <translation>(tidak ada: sertifikat apa pun yang dipercaya CA)</translation>
    </message>
    <message>
        <source>Pin SHA-256 kunci publik sertifikat hub</source>
        <translation>Pin SHA-256 kunci publik sertifikat hub</translation>
    </message>
    <message>
        <source>Base64 dari SHA-256 kunci publik sertifikat hub (seperti pin-sha256). Dapatkan dari admin instansi Anda.</source>
        <translation>Base64 dari SHA-256 kunci publik sertifikat hub (seperti pin-sha256). Dapatkan dari admin instansi Anda.</translation>
    </message>
    <message>
        <source>&amp;Foto draf paling besar:</source>
        <translation>&amp;Foto draf paling besar:</translation>
    </message>
    <message>
        <source> piksel sisi terpanjang</source>
        <translation> piksel sisi terpanjang</translation>
    </message>
    <message>
        <source>Sisi terpanjang foto yang dilampirkan ke draf, dalam piksel</source>
        <translation>Sisi terpanjang foto yang dilampirkan ke draf, dalam piksel</translation>
    </message>
    <message>
        <source>Foto yang lebih besar diperkecil saat dilampirkan ke draf agar cepat terkirim. Foto yang sudah lebih kecil tidak diubah.</source>
        <translation>Foto yang lebih besar diperkecil saat dilampirkan ke draf agar cepat terkirim. Foto yang sudah lebih kecil tidak diubah.</translation>
    </message>
    <message>
        <source>&amp;Mutu foto JPEG yang diperkecil:</source>
        <translation>&amp;Mutu foto JPEG yang diperkecil:</translation>
    </message>
    <message>
        <source>Mutu JPEG foto draf yang diperkecil, 50 sampai 100</source>
        <translation>Mutu JPEG foto draf yang diperkecil, 50 sampai 100</translation>
    </message>
    <message>
        <source>Makin tinggi, makin tajam dan makin besar berkasnya. Foto PNG diperkecil tanpa mengurangi mutu.</source>
        <translation>Makin tinggi, makin tajam dan makin besar berkasnya. Foto PNG diperkecil tanpa mengurangi mutu.</translation>
    </message>
    <message>
        <source>Unduh lampiran hanya pada koneksi tanpa kuota</source>
        <translation>Unduh lampiran hanya pada koneksi tanpa kuota</translation>
    </message>
    <message>
        <source>Pada koneksi berkuota (misalnya paket data ponsel) lampiran tidak diunduh di muka. Lampiran yang Anda buka sendiri tetap diunduh.</source>
        <translation>Pada koneksi berkuota (misalnya paket data ponsel) lampiran tidak diunduh di muka. Lampiran yang Anda buka sendiri tetap diunduh.</translation>
    </message>
    <message>
        <source>Bahasa tampilan LAPOR Desk.</source>
        <translation>Bahasa tampilan LAPOR Desk.</translation>
    </message>
    <message>
        <source>Alamat https hub instansi Anda.</source>
        <translation>Alamat https hub instansi Anda.</translation>
    </message>
    <message>
        <source>Berkas PEM CA instansi bila hub memakai sertifikat instansi; boleh kosong.</source>
        <translation>Berkas PEM CA instansi bila hub memakai sertifikat instansi; boleh kosong.</translation>
    </message>
    <message>
        <source>Memilih berkas sertifikat CA dari disk.</source>
        <translation>Memilih berkas sertifikat CA dari disk.</translation>
    </message>
    <message>
        <source>Berapa lama menunggu jawaban hub sebelum mencoba lagi.</source>
        <translation>Berapa lama menunggu jawaban hub sebelum mencoba lagi.</translation>
    </message>
    <message>
        <source>Seberapa sering LAPOR Desk sinkron sendiri.</source>
        <translation>Seberapa sering LAPOR Desk sinkron sendiri.</translation>
    </message>
    <message>
        <source>Lampiran yang lebih besar diunduh hanya saat dibuka.</source>
        <translation>Lampiran yang lebih besar diunduh hanya saat dibuka.</translation>
    </message>
    <message>
        <source>Setelah sekian menit tanpa dipakai, LAPOR Desk meminta kata sandi.</source>
        <translation>Setelah sekian menit tanpa dipakai, LAPOR Desk meminta kata sandi.</translation>
    </message>
    <message>
        <source>Penyimpanan laporan</source>
        <translation>Penyimpanan laporan</translation>
    </message>
    <message>
        <source>Berapa lama laporan yang sudah ditutup disimpan di komputer ini.</source>
        <translation>Berapa lama laporan yang sudah ditutup disimpan di komputer ini.</translation>
    </message>
    <message>
        <source>Laporan yang sudah ditutup lebih lama dari ini dihapus dari komputer ini.</source>
        <translation>Laporan yang sudah ditutup lebih lama dari ini dihapus dari komputer ini.</translation>
    </message>
    <message>
        <source>Tombol dialog</source>
        <translation>Tombol dialog</translation>
    </message>
    <message>
        <source>Simpan pengaturan atau batalkan.</source>
        <translation>Simpan pengaturan atau batalkan.</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Catatan sinkronisasi</source>
        <translation>Catatan sinkronisasi</translation>
    </message>
    <message>
        <source>Sinkron sekarang</source>
        <translation>Sinkron sekarang</translation>
    </message>
    <message>
        <source>Rincian catatan yang tidak terbaca…</source>
        <translation>Rincian catatan yang tidak terbaca…</translation>
    </message>
    <message>
        <source>Data yang dikirim dan diterima:</source>
        <translation>Data yang dikirim dan diterima:</translation>
    </message>
    <message>
        <source>Data yang dikirim dan diterima per hari dan per sinkronisasi</source>
        <translation>Data yang dikirim dan diterima per hari dan per sinkronisasi</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Apa yang terjadi pada sinkronisasi terakhir, dengan rinciannya.</source>
        <translation>Apa yang terjadi pada sinkronisasi terakhir, dengan rinciannya.</translation>
    </message>
    <message>
        <source>Ukuran data per hari; buka satu hari untuk melihat tiap sinkronisasi.</source>
        <translation>Ukuran data per hari; buka satu hari untuk melihat tiap sinkronisasi.</translation>
    </message>
    <message>
        <source>Mulai sinkronisasi dengan hub sekarang.</source>
        <translation>Mulai sinkronisasi dengan hub sekarang.</translation>
    </message>
    <message>
        <source>Rincian catatan yang tidak terbaca</source>
        <translation>Rincian catatan yang tidak terbaca</translation>
    </message>
    <message>
        <source>Menampilkan catatan dari hub yang disisihkan karena tidak dapat dibaca.</source>
        <translation>Menampilkan catatan dari hub yang disisihkan karena tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Tombol dialog</source>
        <translation>Tombol dialog</translation>
    </message>
    <message>
        <source>Menutup catatan sinkronisasi.</source>
        <translation>Menutup catatan sinkronisasi.</translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Daftar tampilan</source>
        <translation>Daftar tampilan</translation>
    </message>
    <message>
        <source>Simpan tampilan…</source>
        <translation>Simpan tampilan…</translation>
    </message>
    <message>
        <source>Simpan filter dan pencarian saat ini sebagai tampilan bernama (Ctrl+S)</source>
        <translation>Simpan filter dan pencarian saat ini sebagai tampilan bernama (Ctrl+S)</translation>
    </message>
    <message>
        <source>Simpan tampilan</source>
        <translation>Simpan tampilan</translation>
    </message>
    <message>
        <source>Pilih tampilan untuk menyaring daftar laporan.</source>
        <translation>Pilih tampilan untuk menyaring daftar laporan.</translation>
    </message>
</context>
<context>
    <name>lapor::Accessible</name>
    <message>
        <source>Menyimpan isian lalu menutup jendela ini.</source>
        <translation>Menyimpan isian lalu menutup jendela ini.</translation>
    </message>
    <message>
        <source>Menutup jendela ini.</source>
        <translation>Menutup jendela ini.</translation>
    </message>
    <message>
        <source>Menutup jendela ini tanpa menyimpan perubahan.</source>
        <translation>Menutup jendela ini tanpa menyimpan perubahan.</translation>
    </message>
    <message>
        <source>Menjalankan tindakan ini.</source>
        <translation>Menjalankan tindakan ini.</translation>
    </message>
    <message>
        <source>Menggeser deretan tab yang tidak muat.</source>
        <translation>Menggeser deretan tab yang tidak muat.</translation>
    </message>
    <message>
        <source>Tindakan lainnya</source>
        <translation>Tindakan lainnya</translation>
    </message>
    <message>
        <source>Menampilkan tindakan yang tidak muat di bilah ini.</source>
        <translation>Menampilkan tindakan yang tidak muat di bilah ini.</translation>
    </message>
    <message>
        <source>Kosongkan</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>Mengosongkan isian ini.</source>
        <translation>Mengosongkan isian ini.</translation>
    </message>
</context>
<context>
    <name>lapor::ActionWriter</name>
    <message>
        <source>Masuk ke hub sekali terlebih dahulu agar draf tercatat atas nama Anda.</source>
        <translation>Masuk ke hub sekali terlebih dahulu agar draf tercatat atas nama Anda.</translation>
    </message>
    <message>
        <source>Peran Anda tidak dapat menulis draf tindak lanjut.</source>
        <translation>Peran Anda tidak dapat menulis draf tindak lanjut.</translation>
    </message>
    <message>
        <source>Teks draf terlalu panjang (maksimal %1 karakter).</source>
        <translation>Teks draf terlalu panjang (maksimal %1 karakter).</translation>
    </message>
    <message>
        <source>Laporan %1 tidak ada di unit Anda.</source>
        <translation>Laporan %1 tidak ada di unit Anda.</translation>
    </message>
    <message>
        <source>Laporan %1 sudah ditutup; draf baru tidak dapat dibuat.</source>
        <translation>Laporan %1 sudah ditutup; draf baru tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Draf tidak dapat disimpan: %1</source>
        <translation>Draf tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Draf tidak ditemukan.</source>
        <translation>Draf tidak ditemukan.</translation>
    </message>
    <message>
        <source>Hanya penulis draf yang dapat mengubahnya.</source>
        <translation>Hanya penulis draf yang dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Draf ini sudah %1 dan tidak dapat diubah lagi.</source>
        <translation>Draf ini sudah %1 dan tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Penulis mengubah draf setelah persetujuan ini; revisi baru perlu ditinjau.</source>
        <translation>Penulis mengubah draf setelah persetujuan ini; revisi baru perlu ditinjau.</translation>
    </message>
    <message>
        <source>Lampiran %1 tidak dapat dibaca.</source>
        <translation>Lampiran %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Hanya penulis draf yang dapat mengajukannya.</source>
        <translation>Hanya penulis draf yang dapat mengajukannya.</translation>
    </message>
    <message>
        <source>Peran Anda tidak dapat mengajukan draf.</source>
        <translation>Peran Anda tidak dapat mengajukan draf.</translation>
    </message>
    <message>
        <source>Draf berstatus %1 tidak dapat diajukan.</source>
        <translation>Draf berstatus %1 tidak dapat diajukan.</translation>
    </message>
    <message>
        <source>Draf ini berkonflik. Tinjau keadaan laporan lalu pilih ajukan ulang atau buang.</source>
        <translation>Draf ini berkonflik. Tinjau keadaan laporan lalu pilih ajukan ulang atau buang.</translation>
    </message>
    <message>
        <source>Draf masih kosong.</source>
        <translation>Draf masih kosong.</translation>
    </message>
    <message>
        <source>Laporan ini sudah tidak berada di unit Anda.</source>
        <translation>Laporan ini sudah tidak berada di unit Anda.</translation>
    </message>
    <message>
        <source>Draf tidak dapat diajukan: %1</source>
        <translation>Draf tidak dapat diajukan: %1</translation>
    </message>
    <message>
        <source>Tuliskan alasan pengembalian untuk penulis draf.</source>
        <translation>Tuliskan alasan pengembalian untuk penulis draf.</translation>
    </message>
    <message>
        <source>Komentar terlalu panjang (maksimal %1 karakter).</source>
        <translation>Komentar terlalu panjang (maksimal %1 karakter).</translation>
    </message>
    <message>
        <source>Hanya kepala unit yang dapat menyetujui atau mengembalikan draf.</source>
        <translation>Hanya kepala unit yang dapat menyetujui atau mengembalikan draf.</translation>
    </message>
    <message>
        <source>Anda tidak dapat memutuskan draf Anda sendiri; draf ini harus diperiksa pejabat lain.</source>
        <translation>Anda tidak dapat memutuskan draf Anda sendiri; draf ini harus diperiksa pejabat lain.</translation>
    </message>
    <message>
        <source>Draf ini tidak sedang menunggu persetujuan (status: %1).</source>
        <translation>Draf ini tidak sedang menunggu persetujuan (status: %1).</translation>
    </message>
    <message>
        <source>Revisi %1 sudah tidak berlaku; yang menunggu persetujuan adalah revisi %2.</source>
        <translation>Revisi %1 sudah tidak berlaku; yang menunggu persetujuan adalah revisi %2.</translation>
    </message>
    <message>
        <source>Digantikan oleh keputusan baru atas revisi %1.</source>
        <translation>Digantikan oleh keputusan baru atas revisi %1.</translation>
    </message>
    <message>
        <source>Keputusan tidak dapat disimpan: %1</source>
        <translation>Keputusan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Pilih unit tujuan disposisi.</source>
        <translation>Pilih unit tujuan disposisi.</translation>
    </message>
    <message>
        <source>Laporan ini sudah berada di unit tersebut.</source>
        <translation>Laporan ini sudah berada di unit tersebut.</translation>
    </message>
    <message>
        <source>Laporan yang sudah ditutup tidak dapat didisposisikan.</source>
        <translation>Laporan yang sudah ditutup tidak dapat didisposisikan.</translation>
    </message>
    <message>
        <source>Catatan terlalu panjang (maksimal %1 karakter).</source>
        <translation>Catatan terlalu panjang (maksimal %1 karakter).</translation>
    </message>
    <message>
        <source>Unit %1 tidak dikenal.</source>
        <translation>Unit %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>Disposisi tidak dapat disimpan: %1</source>
        <translation>Disposisi tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Mengembalikan laporan sebagai bukan wewenang memerlukan kepala unit.</source>
        <translation>Mengembalikan laporan sebagai bukan wewenang memerlukan kepala unit.</translation>
    </message>
    <message>
        <source>Alasan harus %1 sampai %2 karakter.</source>
        <translation>Alasan harus %1 sampai %2 karakter.</translation>
    </message>
    <message>
        <source>Laporan berstatus %1 tidak dapat dikembalikan sebagai bukan wewenang.</source>
        <translation>Laporan berstatus %1 tidak dapat dikembalikan sebagai bukan wewenang.</translation>
    </message>
    <message>
        <source>Pengembalian tidak dapat disimpan: %1</source>
        <translation>Pengembalian tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Catatan masih kosong.</source>
        <translation>Catatan masih kosong.</translation>
    </message>
    <message>
        <source>Catatan tidak dapat disimpan: %1</source>
        <translation>Catatan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Hanya penulis draf yang dapat mengajukannya ulang.</source>
        <translation>Hanya penulis draf yang dapat mengajukannya ulang.</translation>
    </message>
    <message>
        <source>Laporan ini sudah tidak berada di unit Anda; draf hanya dapat disimpan sebagai arsip atau dibuang.</source>
        <translation>Laporan ini sudah tidak berada di unit Anda; draf hanya dapat disimpan sebagai arsip atau dibuang.</translation>
    </message>
    <message>
        <source>Draf berstatus %1 tidak dapat diajukan ulang.</source>
        <translation>Draf berstatus %1 tidak dapat diajukan ulang.</translation>
    </message>
    <message>
        <source>Konflik ditinjau; draf diajukan ulang.</source>
        <translation>Konflik ditinjau; draf diajukan ulang.</translation>
    </message>
    <message>
        <source>Draf tidak dapat diajukan ulang: %1</source>
        <translation>Draf tidak dapat diajukan ulang: %1</translation>
    </message>
    <message>
        <source>Hanya penulis draf yang dapat membuangnya.</source>
        <translation>Hanya penulis draf yang dapat membuangnya.</translation>
    </message>
    <message>
        <source>Draf yang sudah terbit tidak dapat dibuang.</source>
        <translation>Draf yang sudah terbit tidak dapat dibuang.</translation>
    </message>
    <message>
        <source>Draf dibuang oleh penulis.</source>
        <translation>Draf dibuang oleh penulis.</translation>
    </message>
    <message>
        <source>Draf tidak dapat dibuang: %1</source>
        <translation>Draf tidak dapat dibuang: %1</translation>
    </message>
</context>
<context>
    <name>lapor::ApprovalView</name>
    <message>
        <source>Setujui revisi</source>
        <translation>Setujui revisi</translation>
    </message>
    <message>
        <source>Kembalikan ke penulis</source>
        <translation>Kembalikan ke penulis</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Tidak ada draf yang menunggu persetujuan pada laporan #%1.</source>
        <translation>Tidak ada draf yang menunggu persetujuan pada laporan #%1.</translation>
    </message>
    <message>
        <source>Draf tidak ditemukan.</source>
        <translation>Draf tidak ditemukan.</translation>
    </message>
    <message>
        <source>Tinjau draf · laporan #%1</source>
        <translation>Tinjau draf · laporan #%1</translation>
    </message>
    <message>
        <source> · Anonim</source>
        <translation> · Anonim</translation>
    </message>
    <message>
        <source>Revisi %1 oleh %2, diajukan %3 · status: %4</source>
        <translation>Revisi %1 oleh %2, diajukan %3 · status: %4</translation>
    </message>
    <message>
        <source>Dibandingkan dengan revisi %1 (hijau: ditambahkan, merah dicoret: dihapus).</source>
        <translation>Dibandingkan dengan revisi %1 (hijau: ditambahkan, merah dicoret: dihapus).</translation>
    </message>
    <message>
        <source>Revisi pertama: seluruh teks baru.</source>
        <translation>Revisi pertama: seluruh teks baru.</translation>
    </message>
    <message>
        <source>&amp;Setujui revisi %1</source>
        <translation>&amp;Setujui revisi %1</translation>
    </message>
    <message>
        <source>Tidak ada draf yang ditinjau.</source>
        <translation>Tidak ada draf yang ditinjau.</translation>
    </message>
    <message>
        <source>Hanya kepala unit yang dapat menyetujui atau mengembalikan draf.</source>
        <translation>Hanya kepala unit yang dapat menyetujui atau mengembalikan draf.</translation>
    </message>
    <message>
        <source>Ini draf Anda sendiri. Draf harus disetujui pejabat lain (prinsip empat mata).</source>
        <translation>Ini draf Anda sendiri. Draf harus disetujui pejabat lain (prinsip empat mata).</translation>
    </message>
    <message>
        <source>Penulis draf tidak diketahui; draf ini tidak dapat diputuskan.</source>
        <translation>Penulis draf tidak diketahui; draf ini tidak dapat diputuskan.</translation>
    </message>
    <message>
        <source>Draf ini tidak sedang menunggu persetujuan (status: %1).</source>
        <translation>Draf ini tidak sedang menunggu persetujuan (status: %1).</translation>
    </message>
    <message>
        <source>Menyetujui tepat revisi %1 yang tampil di sini.</source>
        <translation>Menyetujui tepat revisi %1 yang tampil di sini.</translation>
    </message>
    <message>
        <source>Mengembalikan draf ke penulis dengan komentar Anda.</source>
        <translation>Mengembalikan draf ke penulis dengan komentar Anda.</translation>
    </message>
    <message>
        <source>Tulis komentar untuk penulis terlebih dahulu.</source>
        <translation>Tulis komentar untuk penulis terlebih dahulu.</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Kembalikan draf</source>
        <translation>Kembalikan draf</translation>
    </message>
    <message>
        <source>Persetujuan tidak dapat disimpan; draf tetap menunggu keputusan Anda.</source>
        <translation>Persetujuan tidak dapat disimpan; draf tetap menunggu keputusan Anda.</translation>
    </message>
    <message>
        <source>Pengembalian tidak dapat disimpan; draf tetap menunggu keputusan Anda.</source>
        <translation>Pengembalian tidak dapat disimpan; draf tetap menunggu keputusan Anda.</translation>
    </message>
</context>
<context>
    <name>lapor::AttachmentFetcher</name>
    <message>
        <source>Lampiran ini memiliki pengenal yang tidak sah dan tidak diunduh.</source>
        <translation>Lampiran ini memiliki pengenal yang tidak sah dan tidak diunduh.</translation>
    </message>
    <message>
        <source>Folder lampiran di profil tidak dapat dibuat.</source>
        <translation>Folder lampiran di profil tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Hub mengirim bagian lampiran yang tidak diminta.</source>
        <translation>Hub mengirim bagian lampiran yang tidak diminta.</translation>
    </message>
    <message>
        <source>Lampiran dari hub lebih besar dari ukuran yang dicatat.</source>
        <translation>Lampiran dari hub lebih besar dari ukuran yang dicatat.</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat disimpan (%1). Periksa ruang kosong di disk.</source>
        <translation>Lampiran tidak dapat disimpan (%1). Periksa ruang kosong di disk.</translation>
    </message>
    <message>
        <source>Hub menghentikan unduhan lampiran sebelum selesai.</source>
        <translation>Hub menghentikan unduhan lampiran sebelum selesai.</translation>
    </message>
    <message>
        <source>Lampiran yang diunduh tidak dapat dibaca kembali.</source>
        <translation>Lampiran yang diunduh tidak dapat dibaca kembali.</translation>
    </message>
    <message>
        <source>Lampiran rusak dalam perjalanan (checksum tidak cocok) dan dibuang; unduh ulang.</source>
        <translation>Lampiran rusak dalam perjalanan (checksum tidak cocok) dan dibuang; unduh ulang.</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat disimpan: %1</source>
        <translation>Lampiran tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Lampiran tersimpan tetapi tidak tercatat di basis data lokal.</source>
        <translation>Lampiran tersimpan tetapi tidak tercatat di basis data lokal.</translation>
    </message>
</context>
<context>
    <name>lapor::BrowserSignIn</name>
    <message>
        <source>Waktu masuk lewat peramban habis. Coba lagi.</source>
        <translation>Waktu masuk lewat peramban habis. Coba lagi.</translation>
    </message>
    <message>
        <source>Tidak dapat menunggu jawaban peramban: %1</source>
        <translation>Tidak dapat menunggu jawaban peramban: %1</translation>
    </message>
    <message>
        <source>Peramban tidak dapat dibuka. Buka alamat ini sendiri: %1</source>
        <translation>Peramban tidak dapat dibuka. Buka alamat ini sendiri: %1</translation>
    </message>
    <message>
        <source>Masuk dibatalkan di peramban.</source>
        <translation>Masuk dibatalkan di peramban.</translation>
    </message>
    <message>
        <source>Hub menolak permintaan masuk (%1).</source>
        <translation>Hub menolak permintaan masuk (%1).</translation>
    </message>
</context>
<context>
    <name>lapor::CaseActionController</name>
    <message>
        <source>Kotak keluar</source>
        <translation>Kotak keluar</translation>
    </message>
    <message>
        <source>&amp;Kotak keluar</source>
        <translation>&amp;Kotak keluar</translation>
    </message>
    <message>
        <source>&amp;Ganti pengguna…</source>
        <translation>&amp;Ganti pengguna…</translation>
    </message>
    <message>
        <source>Revisi %1 untuk laporan #%2 diajukan untuk persetujuan.</source>
        <translation>Revisi %1 untuk laporan #%2 diajukan untuk persetujuan.</translation>
    </message>
    <message>
        <source>Draf untuk laporan #%1 dibuang.</source>
        <translation>Draf untuk laporan #%1 dibuang.</translation>
    </message>
    <message>
        <source>Revisi %1 laporan #%2 disetujui.</source>
        <translation>Revisi %1 laporan #%2 disetujui.</translation>
    </message>
    <message>
        <source>Revisi %1 laporan #%2 dikembalikan ke penulis.</source>
        <translation>Revisi %1 laporan #%2 dikembalikan ke penulis.</translation>
    </message>
    <message>
        <source>Disposisi laporan #%1 disimpan dan akan dikirim ke hub.</source>
        <translation>Disposisi laporan #%1 disimpan dan akan dikirim ke hub.</translation>
    </message>
    <message>
        <source>Laporan #%1 dikembalikan sebagai bukan wewenang; menunggu dikirim.</source>
        <translation>Laporan #%1 dikembalikan sebagai bukan wewenang; menunggu dikirim.</translation>
    </message>
    <message>
        <source>Catatan internal untuk laporan #%1 disimpan.</source>
        <translation>Catatan internal untuk laporan #%1 disimpan.</translation>
    </message>
    <message>
        <source>Tidak ada revisi baru yang menunggu; buang keputusan lama ini.</source>
        <translation>Tidak ada revisi baru yang menunggu; buang keputusan lama ini.</translation>
    </message>
    <message>
        <source>Kirim ulang</source>
        <translation>Kirim ulang</translation>
    </message>
    <message>
        <source>Laporan #%1 sudah ditampilkan dengan keadaan terbarunya. Kirim ulang tindakan ini?</source>
        <translation>Laporan #%1 sudah ditampilkan dengan keadaan terbarunya. Kirim ulang tindakan ini?</translation>
    </message>
    <message>
        <source>Tindakan dikirim ulang.</source>
        <translation>Tindakan dikirim ulang.</translation>
    </message>
    <message>
        <source>Kirim semua tindakan yang menunggu ke hub.</source>
        <translation>Kirim semua tindakan yang menunggu ke hub.</translation>
    </message>
    <message>
        <source>Masuk ke hub terlebih dahulu.</source>
        <translation>Masuk ke hub terlebih dahulu.</translation>
    </message>
    <message>
        <source>Tautkan laporan</source>
        <translation>Tautkan laporan</translation>
    </message>
    <message>
        <source>Laporan #%1 dicatat sebagai duplikat dari #%2; catatan internal menunggu dikirim.</source>
        <translation>Laporan #%1 dicatat sebagai duplikat dari #%2; catatan internal menunggu dikirim.</translation>
    </message>
    <message>
        <source>Laporan #%1 dicatat terkait dengan #%2; catatan internal menunggu dikirim.</source>
        <translation>Laporan #%1 dicatat terkait dengan #%2; catatan internal menunggu dikirim.</translation>
    </message>
    <message>
        <source>Draf dimulai dari jawaban laporan #%1. Periksa dan sesuaikan untuk pelapor ini.</source>
        <translation>Draf dimulai dari jawaban laporan #%1. Periksa dan sesuaikan untuk pelapor ini.</translation>
    </message>
    <message>
        <source>Nota dinas %1 dibuat.</source>
        <translation>Nota dinas %1 dibuat.</translation>
    </message>
    <message>
        <source>Nota dinas belum dibuat: %1</source>
        <translation>Nota dinas belum dibuat: %1</translation>
    </message>
    <message>
        <source>Tautan tidak dapat disimpan.</source>
        <translation>Tautan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Tindakan ini tidak dapat dijadwalkan ulang.</source>
        <translation>Tindakan ini tidak dapat dijadwalkan ulang.</translation>
    </message>
</context>
<context>
    <name>lapor::CaseActionDialog</name>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Teruskan laporan #%1</source>
        <translation>Teruskan laporan #%1</translation>
    </message>
    <message>
        <source>Disposisi laporan ke unit lain di instansi Anda. Unit tujuan mendapat tenggat tindak lanjut 5 hari kerja yang baru.</source>
        <translation>Disposisi laporan ke unit lain di instansi Anda. Unit tujuan mendapat tenggat tindak lanjut 5 hari kerja yang baru.</translation>
    </message>
    <message>
        <source>Catatan untuk unit tujuan (boleh kosong):</source>
        <translation>Catatan untuk unit tujuan (boleh kosong):</translation>
    </message>
    <message>
        <source>Catatan disposisi</source>
        <translation>Catatan disposisi</translation>
    </message>
    <message>
        <source>Teruskan</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <source>Bukan wewenang · laporan #%1</source>
        <translation>Bukan wewenang · laporan #%1</translation>
    </message>
    <message>
        <source>Laporan dikembalikan ke admin nasional karena bukan wewenang instansi Anda. Tuliskan alasannya dan, bila tahu, instansi yang berwenang.</source>
        <translation>Laporan dikembalikan ke admin nasional karena bukan wewenang instansi Anda. Tuliskan alasannya dan, bila tahu, instansi yang berwenang.</translation>
    </message>
    <message>
        <source>Alasan (minimal %1 karakter):</source>
        <translation>Alasan (minimal %1 karakter):</translation>
    </message>
    <message>
        <source>Alasan bukan wewenang</source>
        <translation>Alasan bukan wewenang</translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <source>Catatan internal · laporan #%1</source>
        <translation>Catatan internal · laporan #%1</translation>
    </message>
    <message>
        <source>Catatan internal hanya terlihat oleh petugas instansi, tidak oleh pelapor.</source>
        <translation>Catatan internal hanya terlihat oleh petugas instansi, tidak oleh pelapor.</translation>
    </message>
    <message>
        <source>Catatan:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>Catatan internal</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <source>Simpan catatan</source>
        <translation>Simpan catatan</translation>
    </message>
    <message>
        <source>Menyimpan tindakan ini; tindakan dikirim ke hub saat sinkron.</source>
        <translation>Menyimpan tindakan ini; tindakan dikirim ke hub saat sinkron.</translation>
    </message>
    <message>
        <source>Tindakan ini tidak dapat disimpan; coba lagi.</source>
        <translation>Tindakan ini tidak dapat disimpan; coba lagi.</translation>
    </message>
</context>
<context>
    <name>lapor::CaseActions</name>
    <message>
        <source>Tulis tindak lanjut</source>
        <translation>Tulis tindak lanjut</translation>
    </message>
    <message>
        <source>Tinjau draf</source>
        <translation>Tinjau draf</translation>
    </message>
    <message>
        <source>Teruskan</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <source>Bukan wewenang</source>
        <translation>Bukan wewenang</translation>
    </message>
    <message>
        <source>Catatan internal</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <source>Tandai belum dibaca</source>
        <translation>Tandai belum dibaca</translation>
    </message>
    <message>
        <source>Laporan ini sudah tidak ada di unit Anda.</source>
        <translation>Laporan ini sudah tidak ada di unit Anda.</translation>
    </message>
    <message>
        <source>Tindak lanjut hanya untuk laporan yang sedang ditangani.</source>
        <translation>Tindak lanjut hanya untuk laporan yang sedang ditangani.</translation>
    </message>
    <message>
        <source>Ada draf yang sedang menunggu persetujuan.</source>
        <translation>Ada draf yang sedang menunggu persetujuan.</translation>
    </message>
    <message>
        <source>Draf Anda sendiri disetujui oleh kepala unit lain.</source>
        <translation>Draf Anda sendiri disetujui oleh kepala unit lain.</translation>
    </message>
    <message>
        <source>Tidak ada draf yang menunggu persetujuan Anda.</source>
        <translation>Tidak ada draf yang menunggu persetujuan Anda.</translation>
    </message>
    <message>
        <source>Laporan dengan status ini tidak dapat diteruskan.</source>
        <translation>Laporan dengan status ini tidak dapat diteruskan.</translation>
    </message>
    <message>
        <source>Hanya laporan yang sedang ditangani yang dapat dikembalikan.</source>
        <translation>Hanya laporan yang sedang ditangani yang dapat dikembalikan.</translation>
    </message>
    <message>
        <source>Laporan sudah diarsipkan.</source>
        <translation>Laporan sudah diarsipkan.</translation>
    </message>
</context>
<context>
    <name>lapor::CaseListModel</name>
    <message numerus="yes">
        <source>%1 (terlambat %n hari kerja)</source>
        <translation>
            <numerusform>%1 (terlambat %n hari kerja)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hari kerja lagi)</source>
        <translation>
            <numerusform>%1 (%n hari kerja lagi)</numerusform>
        </translation>
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
    <message>
        <source>Draf</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Menunggu persetujuan</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Antre kirim</source>
        <translation>Antre kirim</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Gagal kirim</source>
        <translation>Gagal kirim</translation>
    </message>
    <message>
        <source>%1 (lewat tenggat)</source>
        <translation>%1 (lewat tenggat)</translation>
    </message>
    <message>
        <source>%1 (hari ini)</source>
        <translation>%1 (hari ini)</translation>
    </message>
    <message>
        <source>Anonim</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>Rahasia</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Di komputer ini</source>
        <translation>Di komputer ini</translation>
    </message>
</context>
<context>
    <name>lapor::CasePrivacy</name>
    <message>
        <source>(anonim)</source>
        <translation>(anonim)</translation>
    </message>
    <message>
        <source>(rahasia)</source>
        <translation>(rahasia)</translation>
    </message>
</context>
<context>
    <name>lapor::CaseView</name>
    <message>
        <source>Tindakan laporan</source>
        <translation>Tindakan laporan</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message numerus="yes">
        <source>terlambat %n hari kerja</source>
        <translation>
            <numerusform>terlambat %n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>lewat tenggat</source>
        <translation>lewat tenggat</translation>
    </message>
    <message>
        <source>jatuh tempo hari ini</source>
        <translation>jatuh tempo hari ini</translation>
    </message>
    <message numerus="yes">
        <source>%n hari kerja lagi</source>
        <translation>
            <numerusform>%n hari kerja lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenggat %1 · %2</source>
        <translation>Tenggat %1 · %2</translation>
    </message>
    <message>
        <source>Tanpa tenggat</source>
        <translation>Tanpa tenggat</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Petugas: %1</source>
        <translation>Petugas: %1</translation>
    </message>
    <message>
        <source>Pelapor anonim</source>
        <translation>Pelapor anonim</translation>
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
        <source>Sudah tidak di unit Anda</source>
        <translation>Sudah tidak di unit Anda</translation>
    </message>
    <message>
        <source>Berubah di hub sejak draf Anda dibuat</source>
        <translation>Berubah di hub sejak draf Anda dibuat</translation>
    </message>
    <message>
        <source>Riwayat (%1)</source>
        <translation>Riwayat (%1)</translation>
    </message>
    <message>
        <source>mengunduh…</source>
        <translation>mengunduh…</translation>
    </message>
    <message>
        <source>belum diunduh</source>
        <translation>belum diunduh</translation>
    </message>
    <message>
        <source>Lampiran (%1)</source>
        <translation>Lampiran (%1)</translation>
    </message>
    <message>
        <source>Unduh lampiran</source>
        <translation>Unduh lampiran</translation>
    </message>
    <message>
        <source>Lampiran belum dapat diunduh: %1</source>
        <translation>Lampiran belum dapat diunduh: %1</translation>
    </message>
    <message>
        <source>Buka lampiran</source>
        <translation>Buka lampiran</translation>
    </message>
    <message>
        <source>Tidak ada aplikasi untuk membuka berkas ini. Gunakan &quot;Simpan sebagai&quot; lalu buka dari folder tujuan.</source>
        <translation>Tidak ada aplikasi untuk membuka berkas ini. Gunakan &quot;Simpan sebagai&quot; lalu buka dari folder tujuan.</translation>
    </message>
    <message>
        <source>Simpan lampiran</source>
        <translation>Simpan lampiran</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat disimpan ke %1.</source>
        <translation>Lampiran tidak dapat disimpan ke %1.</translation>
    </message>
    <message>
        <source>Alasan bukan wewenang: %1</source>
        <translation>Alasan bukan wewenang: %1</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat dibaca dari profil.</source>
        <translation>Lampiran tidak dapat dibaca dari profil.</translation>
    </message>
    <message>
        <source>Laporan ini anonim atau rahasia, dan metadata foto ini tidak dapat dibuang karena %1, jadi lampiran tidak disimpan. Gunakan &quot;Buka&quot; untuk melihatnya.</source>
        <translation>Laporan ini anonim atau rahasia, dan metadata foto ini tidak dapat dibuang karena %1, jadi lampiran tidak disimpan. Gunakan &quot;Buka&quot; untuk melihatnya.</translation>
    </message>
    <message>
        <source>Laporan terkait (%1)</source>
        <translation>Laporan terkait (%1)</translation>
    </message>
    <message>
        <source>Laporan terkait</source>
        <translation>Laporan terkait</translation>
    </message>
    <message>
        <source>Nota dinas</source>
        <translation>Nota dinas</translation>
    </message>
    <message>
        <source>%1 (pengembalian)</source>
        <translation>%1 (pengembalian)</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Nota dinas laporan ini: buka atau cetak</source>
        <translation>Nota dinas laporan ini: buka atau cetak</translation>
    </message>
    <message>
        <source>Tidak ada aplikasi untuk membuka PDF. Berkasnya ada di %1</source>
        <translation>Tidak ada aplikasi untuk membuka PDF. Berkasnya ada di %1</translation>
    </message>
    <message>
        <source>Nota dinas %1</source>
        <translation>Nota dinas %1</translation>
    </message>
    <message>
        <source>Cetak nota dinas</source>
        <translation>Cetak nota dinas</translation>
    </message>
    <message>
        <source>Pencetak menolak dokumen ini.</source>
        <translation>Pencetak menolak dokumen ini.</translation>
    </message>
    <message>
        <source>Lampiran belum dapat disimpan di komputer ini. Periksa ruang disk lalu coba lagi.</source>
        <translation>Lampiran belum dapat disimpan di komputer ini. Periksa ruang disk lalu coba lagi.</translation>
    </message>
    <message>
        <source>Berkas nota dinas tidak dapat dibuat.</source>
        <translation>Berkas nota dinas tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
</context>
<context>
    <name>lapor::CasesBehindDialog</name>
    <message numerus="yes">
        <source>%n laporan. Klik dua kali untuk membuka.</source>
        <translation>
            <numerusform>%n laporan. Klik dua kali untuk membuka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Laporan di balik angka ini. Tekan Enter untuk membuka.</source>
        <translation>Laporan di balik angka ini. Tekan Enter untuk membuka.</translation>
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
    <message>
        <source>Status tidak dikenal: %1. Pilihan: %2</source>
        <translation>Status tidak dikenal: %1. Pilihan: %2</translation>
    </message>
    <message>
        <source>ambil perubahan dari hub ke profil</source>
        <translation>ambil perubahan dari hub ke profil</translation>
    </message>
    <message>
        <source>daftar laporan di profil (--status S)</source>
        <translation>daftar laporan di profil (--status S)</translation>
    </message>
    <message>
        <source>draf tindak lanjut: new --case N --text-file F | edit ID --text-file F | submit ID | resubmit ID | discard ID</source>
        <translation>draf tindak lanjut: new --case N --text-file F | edit ID --text-file F | submit ID | resubmit ID | discard ID</translation>
    </message>
    <message>
        <source>draf yang menunggu persetujuan Anda</source>
        <translation>draf yang menunggu persetujuan Anda</translation>
    </message>
    <message>
        <source>setujui draf: ID --revision R</source>
        <translation>setujui draf: ID --revision R</translation>
    </message>
    <message>
        <source>kembalikan draf: ID --revision R --comment TEKS</source>
        <translation>kembalikan draf: ID --revision R --comment TEKS</translation>
    </message>
    <message>
        <source>disposisi: --case N --unit UNIT [--note TEKS]</source>
        <translation>disposisi: --case N --unit UNIT [--note TEKS]</translation>
    </message>
    <message>
        <source>tindakan yang menunggu dikirim ke hub</source>
        <translation>tindakan yang menunggu dikirim ke hub</translation>
    </message>
    <message>
        <source>kirim tindakan yang menunggu ke hub</source>
        <translation>kirim tindakan yang menunggu ke hub</translation>
    </message>
    <message>
        <source>laporan periode: --period 2026-10 --format pdf|csv --out BERKAS [--kind rekap|overdue]</source>
        <translation>laporan periode: --period 2026-10 --format pdf|csv --out BERKAS [--kind rekap|overdue]</translation>
    </message>
    <message>
        <source>keluar dari hub dan lupakan sesi</source>
        <translation>keluar dari hub dan lupakan sesi</translation>
    </message>
    <message>
        <source>NAMA</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>Baca kata sandi dari masukan standar; tanpa keychain, sesi hanya untuk perintah ini.</source>
        <translation>Baca kata sandi dari masukan standar; tanpa keychain, sesi hanya untuk perintah ini.</translation>
    </message>
    <message>
        <source>Saring menurut status (cases).</source>
        <translation>Saring menurut status (cases).</translation>
    </message>
    <message>
        <source>Jumlah catatan per halaman (sync).</source>
        <translation>Jumlah catatan per halaman (sync).</translation>
    </message>
    <message>
        <source>NOMOR</source>
        <translation>NOMOR</translation>
    </message>
    <message>
        <source>BERKAS</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>Revisi yang diperiksa (approve, reject).</source>
        <translation>Revisi yang diperiksa (approve, reject).</translation>
    </message>
    <message>
        <source>Komentar pengembalian (reject).</source>
        <translation>Komentar pengembalian (reject).</translation>
    </message>
    <message>
        <source>TEKS</source>
        <translation>TEKS</translation>
    </message>
    <message>
        <source>Unit tujuan (forward).</source>
        <translation>Unit tujuan (forward).</translation>
    </message>
    <message>
        <source>Catatan disposisi (forward).</source>
        <translation>Catatan disposisi (forward).</translation>
    </message>
    <message>
        <source>Bulan laporan, TAHUN-BULAN (report).</source>
        <translation>Bulan laporan, TAHUN-BULAN (report).</translation>
    </message>
    <message>
        <source>pdf atau csv (report).</source>
        <translation>pdf atau csv (report).</translation>
    </message>
    <message>
        <source>rekap atau overdue (report).</source>
        <translation>rekap atau overdue (report).</translation>
    </message>
    <message>
        <source>Nilai tenggat per waktu ini, ISO 8601 (report).</source>
        <translation>Nilai tenggat per waktu ini, ISO 8601 (report).</translation>
    </message>
    <message>
        <source>WAKTU</source>
        <translation>WAKTU</translation>
    </message>
    <message>
        <source>Belum ada pengguna pada profil ini. Jalankan dulu: login --hub URL --user NAMA --password-stdin</source>
        <translation>Belum ada pengguna pada profil ini. Jalankan dulu: login --hub URL --user NAMA --password-stdin</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca: %2</source>
        <translation>Berkas %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Perintah ini memerlukan --case NOMOR.</source>
        <translation>Perintah ini memerlukan --case NOMOR.</translation>
    </message>
    <message>
        <source>Perintah ini memerlukan --revision R.</source>
        <translation>Perintah ini memerlukan --revision R.</translation>
    </message>
    <message>
        <source>Draf dibuat: %1</source>
        <translation>Draf dibuat: %1</translation>
    </message>
    <message>
        <source>Draf disimpan.</source>
        <translation>Draf disimpan.</translation>
    </message>
    <message>
        <source>Revisi %1 diajukan; dikirim pada push berikutnya.</source>
        <translation>Revisi %1 diajukan; dikirim pada push berikutnya.</translation>
    </message>
    <message>
        <source>Revisi %1 diajukan ulang; dikirim pada push berikutnya.</source>
        <translation>Revisi %1 diajukan ulang; dikirim pada push berikutnya.</translation>
    </message>
    <message>
        <source>Draf dibuang.</source>
        <translation>Draf dibuang.</translation>
    </message>
    <message>
        <source>Revisi %1 disetujui; dikirim pada push berikutnya.</source>
        <translation>Revisi %1 disetujui; dikirim pada push berikutnya.</translation>
    </message>
    <message>
        <source>reject memerlukan --comment TEKS.</source>
        <translation>reject memerlukan --comment TEKS.</translation>
    </message>
    <message>
        <source>Revisi %1 dikembalikan; dikirim pada push berikutnya.</source>
        <translation>Revisi %1 dikembalikan; dikirim pada push berikutnya.</translation>
    </message>
    <message>
        <source>forward memerlukan --case NOMOR --unit UNIT [--note TEKS].</source>
        <translation>forward memerlukan --case NOMOR --unit UNIT [--note TEKS].</translation>
    </message>
    <message>
        <source>Disposisi ke %1 dicatat; dikirim pada push berikutnya.</source>
        <translation>Disposisi ke %1 dicatat; dikirim pada push berikutnya.</translation>
    </message>
    <message>
        <source>Kata sandi kosong pada masukan standar.</source>
        <translation>Kata sandi kosong pada masukan standar.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Profil ini belum terhubung ke hub. Jalankan dulu: login --hub URL --user NAMA --password-stdin</source>
        <translation>Profil ini belum terhubung ke hub. Jalankan dulu: login --hub URL --user NAMA --password-stdin</translation>
    </message>
    <message>
        <source>Tidak ada sesi tersimpan untuk %1. Masuk lagi dengan login, atau tambahkan --password-stdin.</source>
        <translation>Tidak ada sesi tersimpan untuk %1. Masuk lagi dengan login, atau tambahkan --password-stdin.</translation>
    </message>
    <message>
        <source>login memerlukan --hub URL --user NAMA --password-stdin.</source>
        <translation>login memerlukan --hub URL --user NAMA --password-stdin.</translation>
    </message>
    <message>
        <source>Masuk sebagai %1 (%2) di %3.</source>
        <translation>Masuk sebagai %1 (%2) di %3.</translation>
    </message>
    <message>
        <source>Keychain tidak tersedia (%1): sesi tidak disimpan. Tambahkan --password-stdin pada setiap perintah yang memerlukan hub.</source>
        <translation>Keychain tidak tersedia (%1): sesi tidak disimpan. Tambahkan --password-stdin pada setiap perintah yang memerlukan hub.</translation>
    </message>
    <message>
        <source>Sesi dilupakan.</source>
        <translation>Sesi dilupakan.</translation>
    </message>
    <message>
        <source>gagal: %1</source>
        <translation>gagal: %1</translation>
    </message>
    <message>
        <source>Sinkronisasi %1/%2</source>
        <translation>Sinkronisasi %1/%2</translation>
    </message>
    <message>
        <source>gagal: %1 halaman diterapkan sebelum galat</source>
        <translation>gagal: %1 halaman diterapkan sebelum galat</translation>
    </message>
    <message>
        <source>Kirim %1/%2</source>
        <translation>Kirim %1/%2</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>ok: %1</translation>
    </message>
    <message>
        <source>report tidak menerima argumen selain opsi.</source>
        <translation>report tidak menerima argumen selain opsi.</translation>
    </message>
    <message>
        <source>--period harus berbentuk TAHUN-BULAN, misalnya 2026-10.</source>
        <translation>--period harus berbentuk TAHUN-BULAN, misalnya 2026-10.</translation>
    </message>
    <message>
        <source>--format harus pdf atau csv.</source>
        <translation>--format harus pdf atau csv.</translation>
    </message>
    <message>
        <source>--out BERKAS wajib diisi.</source>
        <translation>--out BERKAS wajib diisi.</translation>
    </message>
    <message>
        <source>--kind harus rekap atau overdue.</source>
        <translation>--kind harus rekap atau overdue.</translation>
    </message>
    <message>
        <source>--as-of harus waktu ISO 8601, misalnya 2026-10-31T23:59:59+07:00.</source>
        <translation>--as-of harus waktu ISO 8601, misalnya 2026-10-31T23:59:59+07:00.</translation>
    </message>
    <message>
        <source>Laporan %1 %2 ditulis ke %3</source>
        <translation>Laporan %1 %2 ditulis ke %3</translation>
    </message>
    <message>
        <source>Pemakaian: draft new --case NOMOR --text-file BERKAS | draft edit ID --text-file BERKAS | draft submit ID | draft resubmit ID | draft discard ID | draft show ID</source>
        <translation>Pemakaian: draft new --case NOMOR --text-file BERKAS | draft edit ID --text-file BERKAS | draft submit ID | draft resubmit ID | draft discard ID | draft show ID</translation>
    </message>
    <message>
        <source>Draf %1 tidak ada di profil ini.</source>
        <translation>Draf %1 tidak ada di profil ini.</translation>
    </message>
    <message>
        <source>Draf %1 · laporan %2 · %3 · revisi %4</source>
        <translation>Draf %1 · laporan %2 · %3 · revisi %4</translation>
    </message>
    <message>
        <source>Penulis: %1</source>
        <translation>Penulis: %1</translation>
    </message>
    <message>
        <source>Belum ada revisi yang diajukan.</source>
        <translation>Belum ada revisi yang diajukan.</translation>
    </message>
    <message>
        <source>Revisi %1 · %2 · %3</source>
        <translation>Revisi %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Disetujui oleh %1 · %2</source>
        <translation>Disetujui oleh %1 · %2</translation>
    </message>
    <message>
        <source>Dikembalikan oleh %1 · %2</source>
        <translation>Dikembalikan oleh %1 · %2</translation>
    </message>
    <message>
        <source>ok: %1 laporan, %2 riwayat, %3 draf, %4 dihapus, %5 tidak terbaca, %6 permintaan, %7 ms</source>
        <translation>ok: %1 laporan, %2 riwayat, %3 draf, %4 dihapus, %5 tidak terbaca, %6 permintaan, %7 ms</translation>
    </message>
    <message>
        <source>Catatan hub yang tidak dapat dibaca: %1</source>
        <translation>Catatan hub yang tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>orang yang pernah masuk di profil ini</source>
        <translation>orang yang pernah masuk di profil ini</translation>
    </message>
    <message>
        <source>hapus semua data seorang pengguna dari profil ini: --user NAMA [--discard-unsent]</source>
        <translation>hapus semua data seorang pengguna dari profil ini: --user NAMA [--discard-unsent]</translation>
    </message>
    <message>
        <source>Alamat hub (login; dengan --user bila nama itu ada di beberapa hub).</source>
        <translation>Alamat hub (login; dengan --user bila nama itu ada di beberapa hub).</translation>
    </message>
    <message>
        <source>Nama pengguna: untuk login dan forget, atau untuk bekerja sebagai orang ini (bawaan: yang terakhir masuk).</source>
        <translation>Nama pengguna: untuk login dan forget, atau untuk bekerja sebagai orang ini (bawaan: yang terakhir masuk).</translation>
    </message>
    <message>
        <source>forget: hapus juga tindakan yang belum terkirim.</source>
        <translation>forget: hapus juga tindakan yang belum terkirim.</translation>
    </message>
    <message>
        <source>Tidak ada yang masuk di profil ini. Jalankan login, atau pilih pengguna dengan --user NAMA (lihat: people).</source>
        <translation>Tidak ada yang masuk di profil ini. Jalankan login, atau pilih pengguna dengan --user NAMA (lihat: people).</translation>
    </message>
    <message>
        <source>%1 belum pernah masuk di profil ini.</source>
        <translation>%1 belum pernah masuk di profil ini.</translation>
    </message>
    <message>
        <source>%1 masuk di beberapa hub: pilih satu dengan --hub URL.</source>
        <translation>%1 masuk di beberapa hub: pilih satu dengan --hub URL.</translation>
    </message>
    <message>
        <source>Gagal masuk.</source>
        <translation>Gagal masuk.</translation>
    </message>
    <message>
        <source>people tidak menerima argumen.</source>
        <translation>people tidak menerima argumen.</translation>
    </message>
    <message>
        <source>Belum ada yang masuk di profil ini.</source>
        <translation>Belum ada yang masuk di profil ini.</translation>
    </message>
    <message>
        <source>* sedang masuk</source>
        <translation>* sedang masuk</translation>
    </message>
    <message>
        <source>forget memerlukan --user NAMA (dan --hub URL bila nama itu ada di beberapa hub).</source>
        <translation>forget memerlukan --user NAMA (dan --hub URL bila nama itu ada di beberapa hub).</translation>
    </message>
    <message numerus="yes">
        <source>%1 masih punya %n tindakan yang belum terkirim. Minta dia mengirimnya dulu (masuk lalu sinkronkan), atau tambahkan --discard-unsent untuk menghapusnya juga.</source>
        <translation>
            <numerusform>%1 masih punya %n tindakan yang belum terkirim. Minta dia mengirimnya dulu (masuk lalu sinkronkan), atau tambahkan --discard-unsent untuk menghapusnya juga.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data %1 (%2) dihapus dari profil ini: laporan, draf, lampiran dan pengaturan.</source>
        <translation>Data %1 (%2) dihapus dari profil ini: laporan, draf, lampiran dan pengaturan.</translation>
    </message>
    <message numerus="yes">
        <source>%n tindakan yang belum terkirim ikut dihapus.</source>
        <translation>
            <numerusform>%n tindakan yang belum terkirim ikut dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <source>login: sertifikat CA instansi (PEM, boleh beberapa) yang dipercaya untuk hub ini selain CA sistem; disimpan di pengaturan orang itu.</source>
        <translation>login: sertifikat CA instansi (PEM, boleh beberapa) yang dipercaya untuk hub ini selain CA sistem; disimpan di pengaturan orang itu.</translation>
    </message>
    <message>
        <source>Berkas CA %1 tidak ada atau tidak dapat dibaca.</source>
        <translation>Berkas CA %1 tidak ada atau tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>masuk ke hub (--hub URL --user NAMA --password-stdin, atau --hub URL --device; [--ca-file BERKAS])</source>
        <translation>masuk ke hub (--hub URL --user NAMA --password-stdin, atau --hub URL --device; [--ca-file BERKAS])</translation>
    </message>
    <message>
        <source>login: masuk di peramban mana pun dengan kode yang ditampilkan; kata sandi tidak diketik di sini.</source>
        <translation>login: masuk di peramban mana pun dengan kode yang ditampilkan; kata sandi tidak diketik di sini.</translation>
    </message>
    <message>
        <source>Buka %1 di peramban dan ketik kode: %2</source>
        <translation>Buka %1 di peramban dan ketik kode: %2</translation>
    </message>
    <message>
        <source>Atau buka langsung: %1</source>
        <translation>Atau buka langsung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Kode berlaku %n menit. Menunggu…</source>
        <translation>
            <numerusform>Kode berlaku %n menit. Menunggu…</numerusform>
        </translation>
    </message>
    <message>
        <source>login --device memerlukan --hub URL.</source>
        <translation>login --device memerlukan --hub URL.</translation>
    </message>
    <message>
        <source>catatan internal: --case N --text-file BERKAS</source>
        <translation>catatan internal: --case N --text-file BERKAS</translation>
    </message>
    <message>
        <source>kembalikan sebagai bukan wewenang: --case N --reason-file BERKAS</source>
        <translation>kembalikan sebagai bukan wewenang: --case N --reason-file BERKAS</translation>
    </message>
    <message>
        <source>laporan terkait dan alasannya: NOMOR [--json]</source>
        <translation>laporan terkait dan alasannya: NOMOR [--json]</translation>
    </message>
    <message>
        <source>Nomor laporan (draft new, forward, note, not-authority).</source>
        <translation>Nomor laporan (draft new, forward, note, not-authority).</translation>
    </message>
    <message>
        <source>Berkas teks UTF-8 (draft new, draft edit, note).</source>
        <translation>Berkas teks UTF-8 (draft new, draft edit, note).</translation>
    </message>
    <message>
        <source>Berkas teks UTF-8 berisi alasan, minimal 10 karakter (not-authority).</source>
        <translation>Berkas teks UTF-8 berisi alasan, minimal 10 karakter (not-authority).</translation>
    </message>
    <message>
        <source>Perintah ini memerlukan --%1 BERKAS.</source>
        <translation>Perintah ini memerlukan --%1 BERKAS.</translation>
    </message>
    <message>
        <source>Berkas %1 bukan teks UTF-8; simpan ulang sebagai UTF-8.</source>
        <translation>Berkas %1 bukan teks UTF-8; simpan ulang sebagai UTF-8.</translation>
    </message>
    <message>
        <source>Catatan internal untuk laporan #%1 disimpan; dikirim pada push berikutnya.</source>
        <translation>Catatan internal untuk laporan #%1 disimpan; dikirim pada push berikutnya.</translation>
    </message>
    <message>
        <source>Laporan #%1 dikembalikan sebagai bukan wewenang; dikirim pada push berikutnya.</source>
        <translation>Laporan #%1 dikembalikan sebagai bukan wewenang; dikirim pada push berikutnya.</translation>
    </message>
    <message>
        <source>Pemakaian: related NOMOR [--json]</source>
        <translation>Pemakaian: related NOMOR [--json]</translation>
    </message>
    <message>
        <source>Laporan #%1 tidak ada di profil ini.</source>
        <translation>Laporan #%1 tidak ada di profil ini.</translation>
    </message>
    <message>
        <source>Tidak ada laporan terkait untuk #%1.</source>
        <translation>Tidak ada laporan terkait untuk #%1.</translation>
    </message>
    <message>
        <source>nota dinas atas persetujuan atau pengembalian draf: ID --out BERKAS</source>
        <translation>nota dinas atas persetujuan atau pengembalian draf: ID --out BERKAS</translation>
    </message>
    <message>
        <source>Berkas keluaran (report, nota-dinas).</source>
        <translation>Berkas keluaran (report, nota-dinas).</translation>
    </message>
    <message>
        <source>Nota dinas %1 dibuat: %2</source>
        <translation>Nota dinas %1 dibuat: %2</translation>
    </message>
    <message>
        <source>Keputusan tersimpan, tetapi nota dinasnya belum dibuat: %1</source>
        <translation>Keputusan tersimpan, tetapi nota dinasnya belum dibuat: %1</translation>
    </message>
    <message>
        <source>nota-dinas memerlukan ID_DRAF --out BERKAS.</source>
        <translation>nota-dinas memerlukan ID_DRAF --out BERKAS.</translation>
    </message>
    <message>
        <source>Draf %1 belum disetujui atau dikembalikan (status: %2), jadi belum ada nota dinasnya.</source>
        <translation>Draf %1 belum disetujui atau dikembalikan (status: %2), jadi belum ada nota dinasnya.</translation>
    </message>
    <message>
        <source>Nota dinas %1 ditulis ke %2</source>
        <translation>Nota dinas %1 ditulis ke %2</translation>
    </message>
    <message>
        <source>cari laporan, urut menurut kecocokan, dengan kata yang cocok: TEKS [--json] [--limit N]</source>
        <translation>cari laporan, urut menurut kecocokan, dengan kata yang cocok: TEKS [--json] [--limit N]</translation>
    </message>
    <message>
        <source>Tampilkan judul laporan rahasia, bukan &quot;(rahasia)&quot; (cases, related, search).</source>
        <translation>Tampilkan judul laporan rahasia, bukan &quot;(rahasia)&quot; (cases, related, search).</translation>
    </message>
    <message>
        <source>Jumlah hasil paling banyak, bawaan 20 (search).</source>
        <translation>Jumlah hasil paling banyak, bawaan 20 (search).</translation>
    </message>
    <message>
        <source>Membangun indeks pencarian: %1 dari %2 laporan</source>
        <translation>Membangun indeks pencarian: %1 dari %2 laporan</translation>
    </message>
    <message>
        <source>--limit harus bilangan 1 sampai %1.</source>
        <translation>--limit harus bilangan 1 sampai %1.</translation>
    </message>
    <message>
        <source>Pemakaian: search TEKS [--json] [--limit N]</source>
        <translation>Pemakaian: search TEKS [--json] [--limit N]</translation>
    </message>
    <message>
        <source>Tidak ada laporan yang cocok dengan &quot;%1&quot;.</source>
        <translation>Tidak ada laporan yang cocok dengan &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>lapor::DashboardWindow</name>
    <message>
        <source>Belum ditindaklanjuti</source>
        <translation>Belum ditindaklanjuti</translation>
    </message>
    <message>
        <source>Sedang diproses</source>
        <translation>Sedang diproses</translation>
    </message>
    <message>
        <source>Rekap bulanan</source>
        <translation>Rekap bulanan</translation>
    </message>
    <message>
        <source>Daftar terlambat</source>
        <translation>Daftar terlambat</translation>
    </message>
    <message>
        <source>Laporan diterima</source>
        <translation>Laporan diterima</translation>
    </message>
    <message>
        <source>Dijawab ≤ 5 hari kerja</source>
        <translation>Dijawab ≤ 5 hari kerja</translation>
    </message>
    <message>
        <source>Sudah ditindaklanjuti</source>
        <translation>Sudah ditindaklanjuti</translation>
    </message>
    <message>
        <source>Laporan terlambat</source>
        <translation>Laporan terlambat</translation>
    </message>
    <message>
        <source>Laporan yang dinilai</source>
        <translation>Laporan yang dinilai</translation>
    </message>
    <message>
        <source>Seluruh instansi (%1)</source>
        <translation>Seluruh instansi (%1)</translation>
    </message>
    <message>
        <source>Rentang lain</source>
        <translation>Rentang lain</translation>
    </message>
    <message>
        <source>Dasbor Pengawasan — %1 — %2</source>
        <translation>Dasbor Pengawasan — %1 — %2</translation>
    </message>
    <message>
        <source>Dihitung %1 dari data di komputer ini. Terlambat dihitung per saat ini; angka lain untuk laporan yang diterima dalam periode.</source>
        <translation>Dihitung %1 dari data di komputer ini. Terlambat dihitung per saat ini; angka lain untuk laporan yang diterima dalam periode.</translation>
    </message>
    <message>
        <source>laporan diterima</source>
        <translation>laporan diterima</translation>
    </message>
    <message>
        <source>dijawab ≤ 5 hari kerja</source>
        <translation>dijawab ≤ 5 hari kerja</translation>
    </message>
    <message>
        <source>%1 dari %2 laporan yang tenggat tindak lanjut pertamanya sudah lewat atau sudah dijawab, dijawab dalam 5 hari kerja</source>
        <translation>%1 dari %2 laporan yang tenggat tindak lanjut pertamanya sudah lewat atau sudah dijawab, dijawab dalam 5 hari kerja</translation>
    </message>
    <message>
        <source>hari kerja ke tindak lanjut</source>
        <translation>hari kerja ke tindak lanjut</translation>
    </message>
    <message>
        <source>Rata-rata hari kerja dari disposisi sampai tindak lanjut pertama, atas %1 laporan</source>
        <translation>Rata-rata hari kerja dari disposisi sampai tindak lanjut pertama, atas %1 laporan</translation>
    </message>
    <message>
        <source>terlambat saat ini</source>
        <translation>terlambat saat ini</translation>
    </message>
    <message>
        <source>Terlambat paling lama %1 hari kerja</source>
        <translation>Terlambat paling lama %1 hari kerja</translation>
    </message>
    <message>
        <source>penilaian warga</source>
        <translation>penilaian warga</translation>
    </message>
    <message>
        <source>%1 penilaian warga</source>
        <translation>%1 penilaian warga</translation>
    </message>
    <message>
        <source>Laporan per status</source>
        <translation>Laporan per status</translation>
    </message>
    <message>
        <source>Diterima dan ditindaklanjuti per minggu</source>
        <translation>Diterima dan ditindaklanjuti per minggu</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Ditindaklanjuti</source>
        <translation>Ditindaklanjuti</translation>
    </message>
    <message>
        <source>Diterima minggu %1</source>
        <translation>Diterima minggu %1</translation>
    </message>
    <message>
        <source>Ditindaklanjuti minggu %1</source>
        <translation>Ditindaklanjuti minggu %1</translation>
    </message>
    <message>
        <source>Minggu (ISO)</source>
        <translation>Minggu (ISO)</translation>
    </message>
    <message>
        <source>Penilaian warga (rata-rata %1)</source>
        <translation>Penilaian warga (rata-rata %1)</translation>
    </message>
    <message>
        <source>Jumlah penilaian</source>
        <translation>Jumlah penilaian</translation>
    </message>
    <message>
        <source>Dinilai %1 bintang</source>
        <translation>Dinilai %1 bintang</translation>
    </message>
    <message>
        <source>Terlambat (%1 terlama dari %2)</source>
        <translation>Terlambat (%1 terlama dari %2)</translation>
    </message>
    <message>
        <source>Terlambat (%1)</source>
        <translation>Terlambat (%1)</translation>
    </message>
    <message>
        <source>Pencetak menolak dokumen ini.</source>
        <translation>Pencetak menolak dokumen ini.</translation>
    </message>
    <message>
        <source>Cetak laporan</source>
        <translation>Cetak laporan</translation>
    </message>
    <message>
        <source>terlambat</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>rekap</source>
        <translation>rekap</translation>
    </message>
    <message>
        <source>Ekspor laporan</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV untuk lembar kerja (*.csv)</source>
        <translation>CSV untuk lembar kerja (*.csv)</translation>
    </message>
    <message>
        <source>Laporan disimpan ke %1</source>
        <translation>Laporan disimpan ke %1</translation>
    </message>
    <message>
        <source>Angka tidak dapat dihitung. Tutup lalu buka lagi dasbor ini.</source>
        <translation>Angka tidak dapat dihitung. Tutup lalu buka lagi dasbor ini.</translation>
    </message>
    <message>
        <source>Daftar laporan tidak dapat dibuka.</source>
        <translation>Daftar laporan tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Laporan tidak dapat dicetak. Periksa pencetak lalu coba lagi.</source>
        <translation>Laporan tidak dapat dicetak. Periksa pencetak lalu coba lagi.</translation>
    </message>
    <message>
        <source>Laporan tidak dapat disimpan di tempat itu. Pilih folder lain, misalnya Dokumen, lalu coba lagi.</source>
        <translation>Laporan tidak dapat disimpan di tempat itu. Pilih folder lain, misalnya Dokumen, lalu coba lagi.</translation>
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
    <name>lapor::Deadlines</name>
    <message>
        <source>Terlambat</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>≤ 2 hari</source>
        <translation>≤ 2 hari</translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation>Sesuai</translation>
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
        <source>Mode pelatihan: hub lokal dengan laporan contoh, masuk sebagai petugas1. Profil pelatihan terpisah dari profil kerja.</source>
        <translation>Mode pelatihan: hub lokal dengan laporan contoh, masuk sebagai petugas1. Profil pelatihan terpisah dari profil kerja.</translation>
    </message>
    <message>
        <source>Data LAPOR Desk di komputer ini tidak dapat dibuka. Tidak ada yang diubah atau dihapus. Pastikan disk tidak penuh dan folder profil dapat ditulis, lalu buka lagi; bila tetap gagal, kirim rinciannya ke admin instansi Anda.</source>
        <translation>Data LAPOR Desk di komputer ini tidak dapat dibuka. Tidak ada yang diubah atau dihapus. Pastikan disk tidak penuh dan folder profil dapat ditulis, lalu buka lagi; bila tetap gagal, kirim rinciannya ke admin instansi Anda.</translation>
    </message>
    <message>
        <source>Alamat hub yang ditawarkan saat masuk (tanpa panduan awal).</source>
        <translation>Alamat hub yang ditawarkan saat masuk (tanpa panduan awal).</translation>
    </message>
    <message>
        <source>ALAMAT</source>
        <translation>ALAMAT</translation>
    </message>
</context>
<context>
    <name>lapor::DeskApp</name>
    <message>
        <source>LAPOR Desk</source>
        <translation>LAPOR Desk</translation>
    </message>
</context>
<context>
    <name>lapor::DeskLock</name>
    <message>
        <source>&amp;Kunci sekarang</source>
        <translation>&amp;Kunci sekarang</translation>
    </message>
    <message>
        <source>Sembunyikan semua laporan sampai kata sandi Anda dimasukkan</source>
        <translation>Sembunyikan semua laporan sampai kata sandi Anda dimasukkan</translation>
    </message>
    <message>
        <source>Ketik kata sandi Anda.</source>
        <translation>Ketik kata sandi Anda.</translation>
    </message>
    <message numerus="yes">
        <source>Kata sandi salah. Masih %n kali percobaan sebelum harus menunggu.</source>
        <translation>
            <numerusform>Kata sandi salah. Masih %n kali percobaan sebelum harus menunggu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Memeriksa kata sandi ke hub…</source>
        <translation>Memeriksa kata sandi ke hub…</translation>
    </message>
    <message>
        <source>Kata sandi salah.</source>
        <translation>Kata sandi salah.</translation>
    </message>
    <message>
        <source>Kata sandi tidak dapat diperiksa: %1</source>
        <translation>Kata sandi tidak dapat diperiksa: %1</translation>
    </message>
    <message>
        <source>LAPOR Desk terkunci.</source>
        <translation>LAPOR Desk terkunci.</translation>
    </message>
    <message>
        <source>Berganti pengguna tidak tersedia di sini.</source>
        <translation>Berganti pengguna tidak tersedia di sini.</translation>
    </message>
    <message>
        <source>Silakan coba lagi.</source>
        <translation>Silakan coba lagi.</translation>
    </message>
    <message>
        <source>Ketik kata sandi akun SP4N-LAPOR! Anda untuk membuka kunci.</source>
        <translation>Ketik kata sandi akun SP4N-LAPOR! Anda untuk membuka kunci.</translation>
    </message>
    <message>
        <source>Komputer ini belum menyimpan pemeriksa kata sandi untuk akun ini, jadi kata sandi diperiksa ke hub: perlu tersambung ke internet. Setelah itu kunci dapat dibuka tanpa internet.</source>
        <translation>Komputer ini belum menyimpan pemeriksa kata sandi untuk akun ini, jadi kata sandi diperiksa ke hub: perlu tersambung ke internet. Setelah itu kunci dapat dibuka tanpa internet.</translation>
    </message>
    <message>
        <source>Belum ada akun yang pernah masuk di profil ini, jadi tidak ada kata sandi untuk diperiksa. Pilih &quot;Masuk sebagai pengguna lain&quot; untuk masuk ke hub.</source>
        <translation>Belum ada akun yang pernah masuk di profil ini, jadi tidak ada kata sandi untuk diperiksa. Pilih &quot;Masuk sebagai pengguna lain&quot; untuk masuk ke hub.</translation>
    </message>
    <message numerus="yes">
        <source>%n detik</source>
        <translation>
            <numerusform>%n detik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n menit</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kata sandi salah %n kali berturut-turut. Coba lagi dalam %1.</source>
        <translation>
            <numerusform>Kata sandi salah %n kali berturut-turut. Coba lagi dalam %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terkunci sendiri setelah %n menit tidak dipakai.</source>
        <translation>
            <numerusform>Terkunci sendiri setelah %n menit tidak dipakai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dikunci dengan &quot;Kunci sekarang&quot;.</source>
        <translation>Dikunci dengan &quot;Kunci sekarang&quot;.</translation>
    </message>
    <message>
        <source>LAPOR Desk ditutup dalam keadaan terkunci, jadi tetap terkunci.</source>
        <translation>LAPOR Desk ditutup dalam keadaan terkunci, jadi tetap terkunci.</translation>
    </message>
    <message>
        <source>LAPOR Desk — Terkunci</source>
        <translation>LAPOR Desk — Terkunci</translation>
    </message>
</context>
<context>
    <name>lapor::DeskShell</name>
    <message>
        <source>&amp;Sinkronisasi</source>
        <translation>&amp;Sinkronisasi</translation>
    </message>
    <message>
        <source>&amp;Masuk ke hub…</source>
        <translation>&amp;Masuk ke hub…</translation>
    </message>
    <message>
        <source>&amp;Keluar dari hub</source>
        <translation>&amp;Keluar dari hub</translation>
    </message>
    <message>
        <source>&amp;Catatan sinkronisasi…</source>
        <translation>&amp;Catatan sinkronisasi…</translation>
    </message>
    <message>
        <source>Lampiran: %1</source>
        <translation>Lampiran: %1</translation>
    </message>
    <message>
        <source>MODE PELATIHAN · Semua laporan di sini adalah data contoh, bukan laporan warga sungguhan. Masuk sebagai %1 (kata sandi: %2).</source>
        <translation>MODE PELATIHAN · Semua laporan di sini adalah data contoh, bukan laporan warga sungguhan. Masuk sebagai %1 (kata sandi: %2).</translation>
    </message>
    <message>
        <source>LAPOR Desk — Pelatihan</source>
        <translation>LAPOR Desk — Pelatihan</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Atur &amp;ulang data pelatihan…</source>
        <translation>Atur &amp;ulang data pelatihan…</translation>
    </message>
    <message>
        <source>Atur ulang data pelatihan</source>
        <translation>Atur ulang data pelatihan</translation>
    </message>
    <message>
        <source>Semua latihan di profil pelatihan (draf, tindak lanjut, perubahan) dihapus dan data contoh dibuat ulang. LAPOR Desk akan dimulai ulang. Lanjutkan?</source>
        <translation>Semua latihan di profil pelatihan (draf, tindak lanjut, perubahan) dihapus dan data contoh dibuat ulang. LAPOR Desk akan dimulai ulang. Lanjutkan?</translation>
    </message>
</context>
<context>
    <name>lapor::DeviceSignIn</name>
    <message>
        <source>Hub tidak memberikan kode perangkat yang dapat dipakai.</source>
        <translation>Hub tidak memberikan kode perangkat yang dapat dipakai.</translation>
    </message>
    <message>
        <source>Kode perangkat sudah kedaluwarsa. Mulai lagi.</source>
        <translation>Kode perangkat sudah kedaluwarsa. Mulai lagi.</translation>
    </message>
    <message>
        <source>Masuk dibatalkan di peramban.</source>
        <translation>Masuk dibatalkan di peramban.</translation>
    </message>
</context>
<context>
    <name>lapor::DiffText</name>
    <message>
        <source>Tidak ada perubahan.</source>
        <translation>Tidak ada perubahan.</translation>
    </message>
    <message>
        <source>%1 kata ditambahkan, %2 kata dihapus.</source>
        <translation>%1 kata ditambahkan, %2 kata dihapus.</translation>
    </message>
</context>
<context>
    <name>lapor::DisabledAccount</name>
    <message>
        <source>Tidak dikirim: akun Anda dinonaktifkan di hub.</source>
        <translation>Tidak dikirim: akun Anda dinonaktifkan di hub.</translation>
    </message>
    <message>
        <source>Hub menyatakan akun Anda dinonaktifkan oleh admin instansi.</source>
        <translation>Hub menyatakan akun Anda dinonaktifkan oleh admin instansi.</translation>
    </message>
    <message>
        <source>Laporan dan lampiran akun ini sudah dihapus dari komputer ini; semuanya tetap tersimpan di hub.</source>
        <translation>Laporan dan lampiran akun ini sudah dihapus dari komputer ini; semuanya tetap tersimpan di hub.</translation>
    </message>
    <message numerus="yes">
        <source>%n tindakan yang belum terkirim tidak akan dikirim.</source>
        <translation>
            <numerusform>%n tindakan yang belum terkirim tidak akan dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daftarnya tersimpan di %1; serahkan kepada atasan Anda.</source>
        <translation>Daftarnya tersimpan di %1; serahkan kepada atasan Anda.</translation>
    </message>
    <message>
        <source>Hubungi admin instansi bila ini keliru.</source>
        <translation>Hubungi admin instansi bila ini keliru.</translation>
    </message>
    <message>
        <source>Daftarnya tidak dapat disimpan; tindakan itu tetap ada di Kotak Keluar.</source>
        <translation>Daftarnya tidak dapat disimpan; tindakan itu tetap ada di Kotak Keluar.</translation>
    </message>
</context>
<context>
    <name>lapor::DraftChecks</name>
    <message>
        <source>Jenis berkas .%1 tidak dapat dilampirkan; yang boleh: %2.</source>
        <translation>Jenis berkas .%1 tidak dapat dilampirkan; yang boleh: %2.</translation>
    </message>
    <message>
        <source>(tanpa akhiran)</source>
        <translation>(tanpa akhiran)</translation>
    </message>
    <message>
        <source>Berkas %1 terlalu besar (%2); maksimal %3 per berkas.</source>
        <translation>Berkas %1 terlalu besar (%2); maksimal %3 per berkas.</translation>
    </message>
    <message numerus="yes">
        <source>Paling banyak %n lampiran per tindak lanjut.</source>
        <translation>
            <numerusform>Paling banyak %n lampiran per tindak lanjut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draf masih kosong.</source>
        <translation>Draf masih kosong.</translation>
    </message>
    <message>
        <source>Draf terlalu pendek: %1 karakter, minimal %2.</source>
        <translation>Draf terlalu pendek: %1 karakter, minimal %2.</translation>
    </message>
    <message>
        <source>Draf terlalu panjang: %1 karakter, maksimal %2.</source>
        <translation>Draf terlalu panjang: %1 karakter, maksimal %2.</translation>
    </message>
    <message>
        <source>Masih ada isian templat yang belum diganti: %1.</source>
        <translation>Masih ada isian templat yang belum diganti: %1.</translation>
    </message>
    <message>
        <source>Laporan ini anonim, tetapi draf menyebut nama pelapor &quot;%1&quot;.</source>
        <translation>Laporan ini anonim, tetapi draf menyebut nama pelapor &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Laporan ini anonim, tetapi draf memuat &quot;%1&quot; yang dapat mengungkap identitas pelapor. Hapus atau samarkan.</source>
        <translation>Laporan ini anonim, tetapi draf memuat &quot;%1&quot; yang dapat mengungkap identitas pelapor. Hapus atau samarkan.</translation>
    </message>
    <message>
        <source>Draf menyebut &quot;%1&quot;, tetapi belum ada berkas yang dilampirkan.</source>
        <translation>Draf menyebut &quot;%1&quot;, tetapi belum ada berkas yang dilampirkan.</translation>
    </message>
</context>
<context>
    <name>lapor::DraftEditor</name>
    <message>
        <source>Ajukan untuk persetujuan</source>
        <translation>Ajukan untuk persetujuan</translation>
    </message>
    <message>
        <source>Tutup editor</source>
        <translation>Tutup editor</translation>
    </message>
    <message>
        <source>Buang draf</source>
        <translation>Buang draf</translation>
    </message>
    <message>
        <source>Tambah lampiran</source>
        <translation>Tambah lampiran</translation>
    </message>
    <message>
        <source>Hapus lampiran</source>
        <translation>Hapus lampiran</translation>
    </message>
    <message>
        <source>Boleh dilampirkan: %1; paling besar %2 per berkas, paling banyak %3 berkas. Berkas disalin ke profil, jadi berkas aslinya boleh dipindahkan.</source>
        <translation>Boleh dilampirkan: %1; paling besar %2 per berkas, paling banyak %3 berkas. Berkas disalin ke profil, jadi berkas aslinya boleh dipindahkan.</translation>
    </message>
    <message>
        <source>Laporan #%1 tidak ada di komputer ini.</source>
        <translation>Laporan #%1 tidak ada di komputer ini.</translation>
    </message>
    <message>
        <source>Tindak lanjut #%1</source>
        <translation>Tindak lanjut #%1</translation>
    </message>
    <message>
        <source>Anonim: jangan menyebut identitas pelapor</source>
        <translation>Anonim: jangan menyebut identitas pelapor</translation>
    </message>
    <message>
        <source>Rahasia</source>
        <translation>Rahasia</translation>
    </message>
    <message numerus="yes">
        <source>Draf baru; tersimpan otomatis setiap %n detik saat Anda mengetik.</source>
        <translation>
            <numerusform>Draf baru; tersimpan otomatis setiap %n detik saat Anda mengetik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draf tidak ditemukan.</source>
        <translation>Draf tidak ditemukan.</translation>
    </message>
    <message>
        <source>Tersimpan %1.</source>
        <translation>Tersimpan %1.</translation>
    </message>
    <message>
        <source>%1 (tidak untuk laporan anonim)</source>
        <translation>%1 (tidak untuk laporan anonim)</translation>
    </message>
    <message>
        <source>Gunakan templat</source>
        <translation>Gunakan templat</translation>
    </message>
    <message>
        <source>Draf sudah berisi teks. Ganti seluruh teks dengan templat, atau sisipkan templat di posisi kursor?</source>
        <translation>Draf sudah berisi teks. Ganti seluruh teks dengan templat, atau sisipkan templat di posisi kursor?</translation>
    </message>
    <message>
        <source>Ganti seluruh teks</source>
        <translation>Ganti seluruh teks</translation>
    </message>
    <message>
        <source>Sisipkan di kursor</source>
        <translation>Sisipkan di kursor</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Perubahan belum tersimpan…</source>
        <translation>Perubahan belum tersimpan…</translation>
    </message>
    <message>
        <source>Belum tersimpan: %1</source>
        <translation>Belum tersimpan: %1</translation>
    </message>
    <message>
        <source>Tersimpan otomatis pukul %1.</source>
        <translation>Tersimpan otomatis pukul %1.</translation>
    </message>
    <message>
        <source>✓ Semua pemeriksaan terpenuhi; draf siap diajukan.</source>
        <translation>✓ Semua pemeriksaan terpenuhi; draf siap diajukan.</translation>
    </message>
    <message>
        <source>Belum dapat diajukan:</source>
        <translation>Belum dapat diajukan:</translation>
    </message>
    <message>
        <source>Revisi ini sudah diajukan; ubah teks untuk membuat revisi baru.</source>
        <translation>Revisi ini sudah diajukan; ubah teks untuk membuat revisi baru.</translation>
    </message>
    <message>
        <source>Belum tersimpan</source>
        <translation>Belum tersimpan</translation>
    </message>
    <message>
        <source>%1 · revisi %2</source>
        <translation>%1 · revisi %2</translation>
    </message>
    <message>
        <source>&amp;Ajukan ulang setelah ditinjau</source>
        <translation>&amp;Ajukan ulang setelah ditinjau</translation>
    </message>
    <message>
        <source>&amp;Ajukan untuk persetujuan</source>
        <translation>&amp;Ajukan untuk persetujuan</translation>
    </message>
    <message>
        <source>Dikembalikan oleh %1 (revisi %2): %3</source>
        <translation>Dikembalikan oleh %1 (revisi %2): %3</translation>
    </message>
    <message>
        <source>Konflik: keadaan laporan di hub berubah sejak draf diajukan. Tinjau laporan, sesuaikan teks bila perlu, lalu ajukan ulang.</source>
        <translation>Konflik: keadaan laporan di hub berubah sejak draf diajukan. Tinjau laporan, sesuaikan teks bila perlu, lalu ajukan ulang.</translation>
    </message>
    <message>
        <source>&amp;Lampiran (%1)</source>
        <translation>&amp;Lampiran (%1)</translation>
    </message>
    <message>
        <source>Dokumen dan foto (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Dokumen dan foto (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Teks saat ini (belum diajukan)</source>
        <translation>Teks saat ini (belum diajukan)</translation>
    </message>
    <message>
        <source>Revisi %1 · %2</source>
        <translation>Revisi %1 · %2</translation>
    </message>
    <message>
        <source>Belum ada revisi.</source>
        <translation>Belum ada revisi.</translation>
    </message>
    <message>
        <source>revisi %1</source>
        <translation>revisi %1</translation>
    </message>
    <message>
        <source>Dibandingkan dengan draf kosong.</source>
        <translation>Dibandingkan dengan draf kosong.</translation>
    </message>
    <message>
        <source>Dibandingkan dengan %1.</source>
        <translation>Dibandingkan dengan %1.</translation>
    </message>
    <message>
        <source>Draf masih kosong.</source>
        <translation>Draf masih kosong.</translation>
    </message>
    <message>
        <source>Revisi %1 diajukan; menunggu persetujuan kepala unit. Dikirim ke hub saat tersambung.</source>
        <translation>Revisi %1 diajukan; menunggu persetujuan kepala unit. Dikirim ke hub saat tersambung.</translation>
    </message>
    <message>
        <source>Draf belum dapat diajukan</source>
        <translation>Draf belum dapat diajukan</translation>
    </message>
    <message>
        <source>Draf ini dan lampirannya dibuang, dan tindakan yang belum terkirim untuk draf ini dibatalkan. Lanjutkan?</source>
        <translation>Draf ini dan lampirannya dibuang, dan tindakan yang belum terkirim untuk draf ini dibatalkan. Lanjutkan?</translation>
    </message>
    <message>
        <source>anonim dan rahasia</source>
        <translation>anonim dan rahasia</translation>
    </message>
    <message>
        <source>anonim</source>
        <translation>anonim</translation>
    </message>
    <message>
        <source>rahasia</source>
        <translation>rahasia</translation>
    </message>
    <message>
        <source>Lampiran dari pelapor</source>
        <translation>Lampiran dari pelapor</translation>
    </message>
    <message>
        <source>%1 adalah berkas kiriman pelapor, dan laporan ini %2. Foto pelapor dapat membuka siapa pelapornya atau isi yang dirahasiakan (wajah, rumah, tulisan pada foto) kepada setiap pembaca tindak lanjut. Metadata foto tetap dibuang.

Tetap lampirkan berkas ini?</source>
        <translation>%1 adalah berkas kiriman pelapor, dan laporan ini %2. Foto pelapor dapat membuka siapa pelapornya atau isi yang dirahasiakan (wajah, rumah, tulisan pada foto) kepada setiap pembaca tindak lanjut. Metadata foto tetap dibuang.

Tetap lampirkan berkas ini?</translation>
    </message>
    <message>
        <source>Lokasi GPS dan metadata lain dibuang dari foto %1.</source>
        <translation>Lokasi GPS dan metadata lain dibuang dari foto %1.</translation>
    </message>
    <message>
        <source>Metadata dibuang dari foto %1.</source>
        <translation>Metadata dibuang dari foto %1.</translation>
    </message>
    <message>
        <source>%1 — %2 → %3 (diperkecil)</source>
        <translation>%1 — %2 → %3 (diperkecil)</translation>
    </message>
    <message>
        <source>Foto ini diperkecil agar cepat terkirim. Pilih &quot;Kirim ukuran asli&quot; untuk mengirim foto aslinya.</source>
        <translation>Foto ini diperkecil agar cepat terkirim. Pilih &quot;Kirim ukuran asli&quot; untuk mengirim foto aslinya.</translation>
    </message>
    <message>
        <source>Kirim foto dengan ukuran asli</source>
        <translation>Kirim foto dengan ukuran asli</translation>
    </message>
    <message>
        <source>Foto %1 dikirim dengan ukuran asli (metadatanya tetap dibuang).</source>
        <translation>Foto %1 dikirim dengan ukuran asli (metadatanya tetap dibuang).</translation>
    </message>
    <message>
        <source>Ukuran asli</source>
        <translation>Ukuran asli</translation>
    </message>
    <message>
        <source>data di komputer ini tidak dapat ditulis. Teks Anda tetap di layar; disimpan lagi saat Anda mengetik.</source>
        <translation>data di komputer ini tidak dapat ditulis. Teks Anda tetap di layar; disimpan lagi saat Anda mengetik.</translation>
    </message>
    <message>
        <source>Foto aslinya tidak dapat dibaca lagi; lampiran yang diperkecil tetap dipakai.</source>
        <translation>Foto aslinya tidak dapat dibaca lagi; lampiran yang diperkecil tetap dipakai.</translation>
    </message>
    <message>
        <source>Draf belum dapat diajukan; teksnya tetap tersimpan.</source>
        <translation>Draf belum dapat diajukan; teksnya tetap tersimpan.</translation>
    </message>
    <message>
        <source>Draf tidak dapat dibuang; teksnya tetap tersimpan.</source>
        <translation>Draf tidak dapat dibuang; teksnya tetap tersimpan.</translation>
    </message>
</context>
<context>
    <name>lapor::DraftFiles</name>
    <message>
        <source>Draf belum tersimpan; tulis teks terlebih dahulu.</source>
        <translation>Draf belum tersimpan; tulis teks terlebih dahulu.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca.</source>
        <translation>Berkas %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Berkas bernama %1 sudah dilampirkan.</source>
        <translation>Berkas bernama %1 sudah dilampirkan.</translation>
    </message>
    <message>
        <source>Folder lampiran draf tidak dapat dibuat.</source>
        <translation>Folder lampiran draf tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat disalin ke profil.</source>
        <translation>Berkas %1 tidak dapat disalin ke profil.</translation>
    </message>
    <message>
        <source>Berkas %1 bukan foto JPEG atau PNG meski namanya begitu.</source>
        <translation>Berkas %1 bukan foto JPEG atau PNG meski namanya begitu.</translation>
    </message>
    <message>
        <source>Metadata foto %1 tidak dapat dibuang karena %2, jadi foto itu tidak dilampirkan. Buka foto itu di aplikasi gambar, simpan ulang, lalu lampirkan lagi.</source>
        <translation>Metadata foto %1 tidak dapat dibuang karena %2, jadi foto itu tidak dilampirkan. Buka foto itu di aplikasi gambar, simpan ulang, lalu lampirkan lagi.</translation>
    </message>
    <message>
        <source>Foto %1 tidak diperkecil, jadi sudah berukuran asli.</source>
        <translation>Foto %1 tidak diperkecil, jadi sudah berukuran asli.</translation>
    </message>
    <message>
        <source>Foto asli %1 tidak ada lagi di %2, jadi foto yang diperkecil tetap dilampirkan. Lampirkan lagi foto aslinya bila masih ada di tempat lain.</source>
        <translation>Foto asli %1 tidak ada lagi di %2, jadi foto yang diperkecil tetap dilampirkan. Lampirkan lagi foto aslinya bila masih ada di tempat lain.</translation>
    </message>
    <message>
        <source>Foto asli %1 di %2 sudah berubah sejak dilampirkan, jadi foto yang diperkecil tetap dilampirkan. Hapus lampiran ini lalu lampirkan lagi foto itu bila perubahannya memang dikehendaki.</source>
        <translation>Foto asli %1 di %2 sudah berubah sejak dilampirkan, jadi foto yang diperkecil tetap dilampirkan. Hapus lampiran ini lalu lampirkan lagi foto itu bila perubahannya memang dikehendaki.</translation>
    </message>
    <message>
        <source>Foto asli %1 tidak dapat dibaca, jadi foto yang diperkecil tetap dilampirkan.</source>
        <translation>Foto asli %1 tidak dapat dibaca, jadi foto yang diperkecil tetap dilampirkan.</translation>
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
    <name>lapor::FilterBar</name>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Semua tenggat</source>
        <translation>Semua tenggat</translation>
    </message>
    <message>
        <source>Sesuai jadwal</source>
        <translation>Sesuai jadwal</translation>
    </message>
    <message>
        <source>Jatuh tempo ≤ 2 hari kerja</source>
        <translation>Jatuh tempo ≤ 2 hari kerja</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Tanpa tenggat</source>
        <translation>Tanpa tenggat</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>Semua unit</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation>Semua petugas</translation>
    </message>
</context>
<context>
    <name>lapor::FirstStartGuide</name>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Isi nama pengguna.</translation>
    </message>
    <message>
        <source>Isi kata sandi.</source>
        <translation>Isi kata sandi.</translation>
    </message>
    <message>
        <source>Menghubungi hub…</source>
        <translation>Menghubungi hub…</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Mulai pelatihan</source>
        <translation>&amp;Mulai pelatihan</translation>
    </message>
    <message>
        <source>&amp;Masuk</source>
        <translation>&amp;Masuk</translation>
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
    <name>lapor::HubClient</name>
    <message>
        <source>%1 tidak berisi sertifikat PEM</source>
        <translation>%1 tidak berisi sertifikat PEM</translation>
    </message>
    <message>
        <source>%1 tidak ada atau tidak dapat dibaca</source>
        <translation>%1 tidak ada atau tidak dapat dibaca</translation>
    </message>
</context>
<context>
    <name>lapor::HubError</name>
    <message>
        <source>Hub tidak dapat dihubungi. Periksa koneksi internet; LAPOR Desk akan mencoba lagi.</source>
        <translation>Hub tidak dapat dihubungi. Periksa koneksi internet; LAPOR Desk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Hub terlalu lama menjawab. LAPOR Desk akan mencoba lagi.</source>
        <translation>Hub terlalu lama menjawab. LAPOR Desk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Jawaban hub tidak dapat dibaca. LAPOR Desk akan mencoba lagi.</source>
        <translation>Jawaban hub tidak dapat dibaca. LAPOR Desk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Dibatalkan.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>Disk komputer ini penuh, jadi data terakhir dari hub tidak disimpan. Kosongkan ruang disk lalu sinkron lagi; tidak ada data yang hilang.</source>
        <translation>Disk komputer ini penuh, jadi data terakhir dari hub tidak disimpan. Kosongkan ruang disk lalu sinkron lagi; tidak ada data yang hilang.</translation>
    </message>
    <message>
        <source>Sesi Anda berakhir. Silakan masuk lagi.</source>
        <translation>Sesi Anda berakhir. Silakan masuk lagi.</translation>
    </message>
    <message>
        <source>Anda tidak berwenang melakukan ini.</source>
        <translation>Anda tidak berwenang melakukan ini.</translation>
    </message>
    <message>
        <source>Laporan ini tidak ada lagi di unit Anda.</source>
        <translation>Laporan ini tidak ada lagi di unit Anda.</translation>
    </message>
    <message>
        <source>Laporan ini sudah berubah di hub. Tinjau perubahannya lalu kirim ulang.</source>
        <translation>Laporan ini sudah berubah di hub. Tinjau perubahannya lalu kirim ulang.</translation>
    </message>
    <message>
        <source>Data terlalu besar untuk dikirim.</source>
        <translation>Data terlalu besar untuk dikirim.</translation>
    </message>
    <message>
        <source>Hub sedang sibuk; dicoba lagi dalam %1 detik.</source>
        <translation>Hub sedang sibuk; dicoba lagi dalam %1 detik.</translation>
    </message>
    <message>
        <source>Hub sedang sibuk; dicoba lagi nanti.</source>
        <translation>Hub sedang sibuk; dicoba lagi nanti.</translation>
    </message>
    <message>
        <source>Hub sedang bermasalah (kode %1). LAPOR Desk akan mencoba lagi.</source>
        <translation>Hub sedang bermasalah (kode %1). LAPOR Desk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>Hub menolak permintaan (kode %1).</source>
        <translation>Hub menolak permintaan (kode %1).</translation>
    </message>
    <message>
        <source>Hub menolak permintaan: %1</source>
        <translation>Hub menolak permintaan: %1</translation>
    </message>
    <message>
        <source>Akun Anda dinonaktifkan di hub, jadi Anda tidak dapat masuk atau sinkron. Hubungi admin instansi Anda.</source>
        <translation>Akun Anda dinonaktifkan di hub, jadi Anda tidak dapat masuk atau sinkron. Hubungi admin instansi Anda.</translation>
    </message>
    <message>
        <source>Sertifikat hub tidak diterbitkan oleh CA yang dipercaya komputer ini, jadi koneksi dihentikan sebelum data apa pun dikirim. Bila hub memakai CA instansi, pasang berkas CA itu di Pengaturan (Sertifikat CA tambahan).</source>
        <translation>Sertifikat hub tidak diterbitkan oleh CA yang dipercaya komputer ini, jadi koneksi dihentikan sebelum data apa pun dikirim. Bila hub memakai CA instansi, pasang berkas CA itu di Pengaturan (Sertifikat CA tambahan).</translation>
    </message>
    <message>
        <source>Sertifikat hub sudah kedaluwarsa, jadi koneksi dihentikan sebelum data apa pun dikirim. Periksa tanggal komputer ini; bila benar, admin hub perlu memperbarui sertifikatnya.</source>
        <translation>Sertifikat hub sudah kedaluwarsa, jadi koneksi dihentikan sebelum data apa pun dikirim. Periksa tanggal komputer ini; bila benar, admin hub perlu memperbarui sertifikatnya.</translation>
    </message>
    <message>
        <source>Sertifikat hub belum berlaku, jadi koneksi dihentikan sebelum data apa pun dikirim. Periksa tanggal dan jam komputer ini.</source>
        <translation>Sertifikat hub belum berlaku, jadi koneksi dihentikan sebelum data apa pun dikirim. Periksa tanggal dan jam komputer ini.</translation>
    </message>
    <message>
        <source>Sertifikat hub dibuat untuk alamat lain, jadi koneksi dihentikan sebelum data apa pun dikirim. Periksa alamat hub di Pengaturan.</source>
        <translation>Sertifikat hub dibuat untuk alamat lain, jadi koneksi dihentikan sebelum data apa pun dikirim. Periksa alamat hub di Pengaturan.</translation>
    </message>
    <message>
        <source>Kunci sertifikat hub tidak sama dengan pin di Pengaturan, jadi koneksi dihentikan sebelum data apa pun dikirim. Mungkin ada pihak lain di jaringan, atau hub berganti sertifikat: tanyakan admin instansi Anda.</source>
        <translation>Kunci sertifikat hub tidak sama dengan pin di Pengaturan, jadi koneksi dihentikan sebelum data apa pun dikirim. Mungkin ada pihak lain di jaringan, atau hub berganti sertifikat: tanyakan admin instansi Anda.</translation>
    </message>
    <message>
        <source>Sertifikat: subjek &quot;%1&quot;, penerbit &quot;%2&quot;, sidik jari SHA-256 %3.</source>
        <translation>Sertifikat: subjek &quot;%1&quot;, penerbit &quot;%2&quot;, sidik jari SHA-256 %3.</translation>
    </message>
    <message>
        <source>LAPOR Desk tidak mau menghubungi %1: hub di jaringan harus memakai https agar kata sandi dan laporan warga tidak terbaca orang lain. Perbaiki alamat hub di Pengaturan.</source>
        <translation>LAPOR Desk tidak mau menghubungi %1: hub di jaringan harus memakai https agar kata sandi dan laporan warga tidak terbaca orang lain. Perbaiki alamat hub di Pengaturan.</translation>
    </message>
    <message>
        <source>Hub mengalihkan permintaan ke alamat lain (%1). LAPOR Desk tidak mengikutinya dan tidak mengirim apa pun ke sana, termasuk kata sandi. Periksa alamat hub di Pengaturan atau hubungi admin instansi Anda.</source>
        <translation>Hub mengalihkan permintaan ke alamat lain (%1). LAPOR Desk tidak mengikutinya dan tidak mengirim apa pun ke sana, termasuk kata sandi. Periksa alamat hub di Pengaturan atau hubungi admin instansi Anda.</translation>
    </message>
    <message>
        <source>Sertifikat CA tambahan di Pengaturan tidak dapat dipakai (%1), jadi hub tidak dihubungi. Pilih berkas PEM yang benar atau kosongkan isian itu.</source>
        <translation>Sertifikat CA tambahan di Pengaturan tidak dapat dipakai (%1), jadi hub tidak dihubungi. Pilih berkas PEM yang benar atau kosongkan isian itu.</translation>
    </message>
    <message>
        <source>Permintaan ke hub ditolak oleh LAPOR Desk.</source>
        <translation>Permintaan ke hub ditolak oleh LAPOR Desk.</translation>
    </message>
    <message>
        <source>Jawaban hub lebih besar dari batas %1, jadi diputus dan tidak disimpan. Mencoba lagi tidak membantu; bila terus terjadi, hubungi admin instansi Anda.</source>
        <translation>Jawaban hub lebih besar dari batas %1, jadi diputus dan tidak disimpan. Mencoba lagi tidak membantu; bila terus terjadi, hubungi admin instansi Anda.</translation>
    </message>
    <message>
        <source>Hub mengirim data yang tidak sah; data itu ditolak dan tidak ada yang diubah. Rinciannya ada di catatan sinkronisasi.</source>
        <translation>Hub mengirim data yang tidak sah; data itu ditolak dan tidak ada yang diubah. Rinciannya ada di catatan sinkronisasi.</translation>
    </message>
    <message>
        <source>Data LAPOR Desk di komputer ini tidak dapat ditulis, jadi data terakhir dari hub tidak disimpan. Pastikan folder profil dapat ditulis lalu sinkron lagi; tidak ada data yang hilang.</source>
        <translation>Data LAPOR Desk di komputer ini tidak dapat ditulis, jadi data terakhir dari hub tidak disimpan. Pastikan folder profil dapat ditulis lalu sinkron lagi; tidak ada data yang hilang.</translation>
    </message>
    <message>
        <source>Basis data lokal tidak dapat menyimpan data dari hub; tidak ada yang diubah dan sinkron berikutnya mengulanginya. Rinciannya ada di catatan sinkronisasi.</source>
        <translation>Basis data lokal tidak dapat menyimpan data dari hub; tidak ada yang diubah dan sinkron berikutnya mengulanginya. Rinciannya ada di catatan sinkronisasi.</translation>
    </message>
</context>
<context>
    <name>lapor::ImageMetadata</name>
    <message>
        <source>berkas PNG terpotong sebelum akhir gambarnya</source>
        <translation>berkas PNG terpotong sebelum akhir gambarnya</translation>
    </message>
    <message>
        <source>susunan berkas PNG rusak</source>
        <translation>susunan berkas PNG rusak</translation>
    </message>
</context>
<context>
    <name>lapor::InboxViews</name>
    <message>
        <source>Semua</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Milik saya</source>
        <translation>Milik saya</translation>
    </message>
    <message>
        <source>Belum ditindaklanjuti</source>
        <translation>Belum ditindaklanjuti</translation>
    </message>
    <message>
        <source>Jatuh tempo ≤ 2 hari</source>
        <translation>Jatuh tempo ≤ 2 hari</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Terlambat</translation>
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
        <source>Konflik</source>
        <translation>Konflik</translation>
    </message>
</context>
<context>
    <name>lapor::LanguageBar</name>
    <message>
        <source>Pilih bahasa LAPOR Desk. Bisa diubah nanti di Pengaturan → Preferensi.</source>
        <translation>Pilih bahasa LAPOR Desk. Bisa diubah nanti di Pengaturan → Preferensi.</translation>
    </message>
    <message>
        <source>Tutup; tetap dalam bahasa ini</source>
        <translation>Tutup; tetap dalam bahasa ini</translation>
    </message>
</context>
<context>
    <name>lapor::LocalPasswordDialog</name>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message numerus="yes">
        <source>Kata sandi kunci paling sedikit %n karakter.</source>
        <translation>
            <numerusform>Kata sandi kunci paling sedikit %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Menyimpan kata sandi kunci untuk komputer ini.</source>
        <translation>Menyimpan kata sandi kunci untuk komputer ini.</translation>
    </message>
</context>
<context>
    <name>lapor::LoginDialog</name>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Isi nama pengguna.</translation>
    </message>
    <message>
        <source>Isi kata sandi.</source>
        <translation>Isi kata sandi.</translation>
    </message>
    <message>
        <source>Menghubungi hub…</source>
        <translation>Menghubungi hub…</translation>
    </message>
    <message>
        <source>Masuk ke LAPOR Desk</source>
        <translation>Masuk ke LAPOR Desk</translation>
    </message>
    <message>
        <source>Setiap orang punya data sendiri di LAPOR Desk ini: pilih nama Anda dan isi kata sandi. Yang belum pernah masuk di sini memilih Orang lain.</source>
        <translation>Setiap orang punya data sendiri di LAPOR Desk ini: pilih nama Anda dan isi kata sandi. Yang belum pernah masuk di sini memilih Orang lain.</translation>
    </message>
    <message>
        <source>terakhir masuk %1</source>
        <translation>terakhir masuk %1</translation>
    </message>
    <message>
        <source>Orang lain…
Masuk pertama kali di sini</source>
        <translation>Orang lain…
Masuk pertama kali di sini</translation>
    </message>
    <message>
        <source>Masuk lagi ke hub sebagai %1. Untuk bekerja sebagai orang lain, pilih Berkas → Ganti pengguna.</source>
        <translation>Masuk lagi ke hub sebagai %1. Untuk bekerja sebagai orang lain, pilih Berkas → Ganti pengguna.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Masuk lewat browser</source>
        <translation>Masuk lewat browser</translation>
    </message>
    <message>
        <source>Kata sandi diketik di halaman hub pada peramban, bukan di LAPOR Desk.</source>
        <translation>Kata sandi diketik di halaman hub pada peramban, bukan di LAPOR Desk.</translation>
    </message>
    <message>
        <source>Menunggu peramban…</source>
        <translation>Menunggu peramban…</translation>
    </message>
    <message>
        <source>Masuk ke hub dengan nama pengguna dan kata sandi ini.</source>
        <translation>Masuk ke hub dengan nama pengguna dan kata sandi ini.</translation>
    </message>
</context>
<context>
    <name>lapor::MainWindow</name>
    <message numerus="yes">
        <source>%n laporan</source>
        <translation>
            <numerusform>%n laporan</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum terhubung ke hub SP4N-LAPOR!</source>
        <translation>Belum terhubung ke hub SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>Masukkan alamat hub instansi Anda di Pengaturan → Preferensi (Ctrl+,), lalu masuk dengan akun SP4N-LAPOR! Anda.

Ingin mencoba dulu? Jalankan &quot;lapordesk --training&quot; untuk berlatih dengan laporan contoh tanpa menyentuh data sungguhan.</source>
        <translation>Masukkan alamat hub instansi Anda di Pengaturan → Preferensi (Ctrl+,), lalu masuk dengan akun SP4N-LAPOR! Anda.

Ingin mencoba dulu? Jalankan &quot;lapordesk --training&quot; untuk berlatih dengan laporan contoh tanpa menyentuh data sungguhan.</translation>
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
        <source>Pilih laporan</source>
        <translation>Pilih laporan</translation>
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
    <message>
        <source>&amp;Laporan</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Coba kata lain, hapus pencarian, atau atur ulang filter (Ctrl+Shift+X).</source>
        <translation>Coba kata lain, hapus pencarian, atau atur ulang filter (Ctrl+Shift+X).</translation>
    </message>
    <message>
        <source>Tampilan ini kosong</source>
        <translation>Tampilan ini kosong</translation>
    </message>
    <message>
        <source>Pilih laporan di daftar untuk membaca dan menindaklanjutinya. Panah atas/bawah berpindah laporan, Enter membukanya.</source>
        <translation>Pilih laporan di daftar untuk membaca dan menindaklanjutinya. Panah atas/bawah berpindah laporan, Enter membukanya.</translation>
    </message>
    <message>
        <source>Laporan #%1 ditandai belum dibaca.</source>
        <translation>Laporan #%1 ditandai belum dibaca.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belum tersedia di versi ini.</source>
        <translation>&quot;%1&quot; belum tersedia di versi ini.</translation>
    </message>
    <message>
        <source>Simpan tampilan</source>
        <translation>Simpan tampilan</translation>
    </message>
    <message>
        <source>Nama tampilan (filter dan pencarian saat ini):</source>
        <translation>Nama tampilan (filter dan pencarian saat ini):</translation>
    </message>
    <message>
        <source>Tampilan &quot;%1&quot; disimpan.</source>
        <translation>Tampilan &quot;%1&quot; disimpan.</translation>
    </message>
    <message>
        <source>Ganti nama tampilan</source>
        <translation>Ganti nama tampilan</translation>
    </message>
    <message>
        <source>Nama baru:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <source>Hapus tampilan</source>
        <translation>Hapus tampilan</translation>
    </message>
    <message>
        <source>Hapus tampilan &quot;%1&quot;? Laporan di dalamnya tidak ikut terhapus.</source>
        <translation>Hapus tampilan &quot;%1&quot;? Laporan di dalamnya tidak ikut terhapus.</translation>
    </message>
    <message>
        <source>Tampilan tidak dapat disimpan.</source>
        <translation>Tampilan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Nama tampilan tidak dapat diganti.</source>
        <translation>Nama tampilan tidak dapat diganti.</translation>
    </message>
    <message>
        <source>Tidak ada draf yang menunggu persetujuan</source>
        <translation>Tidak ada draf yang menunggu persetujuan</translation>
    </message>
    <message>
        <source>Draf yang diajukan petugas unit Anda muncul di sini setelah sinkronisasi (F5). Untuk saat ini tidak ada yang perlu Anda setujui.</source>
        <translation>Draf yang diajukan petugas unit Anda muncul di sini setelah sinkronisasi (F5). Untuk saat ini tidak ada yang perlu Anda setujui.</translation>
    </message>
    <message>
        <source>Tidak ada laporan di tampilan ini saat ini. Pilih tampilan lain di kiri (Ctrl+1 sampai Ctrl+8), atau sinkronkan (F5) untuk mengambil laporan baru.</source>
        <translation>Tidak ada laporan di tampilan ini saat ini. Pilih tampilan lain di kiri (Ctrl+1 sampai Ctrl+8), atau sinkronkan (F5) untuk mengambil laporan baru.</translation>
    </message>
</context>
<context>
    <name>lapor::NotaDinas</name>
    <message>
        <source>Keputusan atas draf ini tidak ditemukan di komputer ini.</source>
        <translation>Keputusan atas draf ini tidak ditemukan di komputer ini.</translation>
    </message>
    <message>
        <source>Nota dinas tidak dapat dibuat: %1 Perbaiki di Pengaturan → Nota dinas.</source>
        <translation>Nota dinas tidak dapat dibuat: %1 Perbaiki di Pengaturan → Nota dinas.</translation>
    </message>
    <message>
        <source>Nomor nota dinas berikutnya sudah pernah dipakai di komputer ini; ubah pola nomornya di Pengaturan → Nota dinas.</source>
        <translation>Nomor nota dinas berikutnya sudah pernah dipakai di komputer ini; ubah pola nomornya di Pengaturan → Nota dinas.</translation>
    </message>
    <message>
        <source>Nota dinas tidak dapat disimpan: %1</source>
        <translation>Nota dinas tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis.</source>
        <translation>Berkas %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Berkas %1 bukan gambar yang dapat dibaca (%2). Pilih PNG atau JPEG.</source>
        <translation>Berkas %1 bukan gambar yang dapat dibaca (%2). Pilih PNG atau JPEG.</translation>
    </message>
    <message>
        <source>Logo tidak dapat disimpan di profil: %1</source>
        <translation>Logo tidak dapat disimpan di profil: %1</translation>
    </message>
</context>
<context>
    <name>lapor::NotaDinasNumber</name>
    <message>
        <source>Pola nomor nota dinas masih kosong. Contoh: %1</source>
        <translation>Pola nomor nota dinas masih kosong. Contoh: %1</translation>
    </message>
    <message>
        <source>Pola nomor nota dinas terlalu panjang (maksimal %1 karakter).</source>
        <translation>Pola nomor nota dinas terlalu panjang (maksimal %1 karakter).</translation>
    </message>
    <message>
        <source>Pola nomor nota dinas tidak boleh memuat baris baru atau karakter kendali.</source>
        <translation>Pola nomor nota dinas tidak boleh memuat baris baru atau karakter kendali.</translation>
    </message>
    <message>
        <source>Pola nomor nota dinas memuat &quot;}&quot; tanpa &quot;{&quot; pasangannya.</source>
        <translation>Pola nomor nota dinas memuat &quot;}&quot; tanpa &quot;{&quot; pasangannya.</translation>
    </message>
    <message>
        <source>Pola nomor nota dinas memuat &quot;{&quot; yang tidak ditutup dengan &quot;}&quot;.</source>
        <translation>Pola nomor nota dinas memuat &quot;{&quot; yang tidak ditutup dengan &quot;}&quot;.</translation>
    </message>
    <message>
        <source>Isian {%1} tidak dikenal dalam pola nomor nota dinas. Yang dapat dipakai: {n}, {yyyy}, {yy}, {mm}, {romawi}, {unit}.</source>
        <translation>Isian {%1} tidak dikenal dalam pola nomor nota dinas. Yang dapat dipakai: {n}, {yyyy}, {yy}, {mm}, {romawi}, {unit}.</translation>
    </message>
    <message>
        <source>Pola nomor nota dinas harus memuat {n}, nomor urut dalam tahun itu.</source>
        <translation>Pola nomor nota dinas harus memuat {n}, nomor urut dalam tahun itu.</translation>
    </message>
    <message>
        <source>Pola nomor nota dinas memuat {n} lebih dari sekali.</source>
        <translation>Pola nomor nota dinas memuat {n} lebih dari sekali.</translation>
    </message>
    <message>
        <source>Pola nomor nota dinas harus memuat tahun ({yyyy} atau {yy}): nomor urutnya mulai lagi dari 1 setiap tahun.</source>
        <translation>Pola nomor nota dinas harus memuat tahun ({yyyy} atau {yy}): nomor urutnya mulai lagi dari 1 setiap tahun.</translation>
    </message>
</context>
<context>
    <name>lapor::NotaDinasSettings</name>
    <message>
        <source>NIP harus %1 angka (boleh dipisah spasi); yang tertulis: &quot;%2&quot;.</source>
        <translation>NIP harus %1 angka (boleh dipisah spasi); yang tertulis: &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>lapor::NotaDinasSettingsDialog</name>
    <message>
        <source>Pengaturan nota dinas</source>
        <translation>Pengaturan nota dinas</translation>
    </message>
    <message>
        <source>Nama instansi (kop)</source>
        <translation>Nama instansi (kop)</translation>
    </message>
    <message>
        <source>Alamat, telepon, laman (satu atau dua baris)</source>
        <translation>Alamat, telepon, laman (satu atau dua baris)</translation>
    </message>
    <message>
        <source>Alamat (kop)</source>
        <translation>Alamat (kop)</translation>
    </message>
    <message>
        <source>tanpa logo</source>
        <translation>tanpa logo</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Logo (kop)</source>
        <translation>Logo (kop)</translation>
    </message>
    <message>
        <source>Logo instansi</source>
        <translation>Logo instansi</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Pola nomor</source>
        <translation>Pola nomor</translation>
    </message>
    <message>
        <source>{n} nomor urut dalam tahun, {yyyy} atau {yy} tahun, {mm} bulan, {romawi} bulan dalam angka Romawi, {unit} kode unit</source>
        <translation>{n} nomor urut dalam tahun, {yyyy} atau {yy} tahun, {mm} bulan, {romawi} bulan dalam angka Romawi, {unit} kode unit</translation>
    </message>
    <message>
        <source>Kode unit ({unit})</source>
        <translation>Kode unit ({unit})</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Kepada</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Nama penanda tangan</source>
        <translation>Nama penanda tangan</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>mis. Kepala Bidang Bina Marga</source>
        <translation>mis. Kepala Bidang Bina Marga</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>18 angka</source>
        <translation>18 angka</translation>
    </message>
    <message>
        <source>Nomor urut dihitung per tahun di komputer ini dan tidak pernah dipakai ulang. Bila beberapa pejabat menyetujui draf di komputer yang berbeda, beri pola yang berbeda (mis. kode unit atau bidangnya) agar nomornya tidak sama.</source>
        <translation>Nomor urut dihitung per tahun di komputer ini dan tidak pernah dipakai ulang. Bila beberapa pejabat menyetujui draf di komputer yang berbeda, beri pola yang berbeda (mis. kode unit atau bidangnya) agar nomornya tidak sama.</translation>
    </message>
    <message>
        <source>Contoh: %1</source>
        <translation>Contoh: %1</translation>
    </message>
    <message>
        <source>Nama instansi di kop nota dinas.</source>
        <translation>Nama instansi di kop nota dinas.</translation>
    </message>
    <message>
        <source>Alamat, telepon dan laman di kop nota dinas.</source>
        <translation>Alamat, telepon dan laman di kop nota dinas.</translation>
    </message>
    <message>
        <source>Berkas logo instansi di kop; kosong berarti tanpa logo.</source>
        <translation>Berkas logo instansi di kop; kosong berarti tanpa logo.</translation>
    </message>
    <message>
        <source>Pilih logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Memilih gambar PNG atau JPEG sebagai logo.</source>
        <translation>Memilih gambar PNG atau JPEG sebagai logo.</translation>
    </message>
    <message>
        <source>Hapus logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <source>Nota dinas berikutnya dibuat tanpa logo.</source>
        <translation>Nota dinas berikutnya dibuat tanpa logo.</translation>
    </message>
    <message>
        <source>Kode unit yang mengganti {unit} dalam pola nomor.</source>
        <translation>Kode unit yang mengganti {unit} dalam pola nomor.</translation>
    </message>
    <message>
        <source>Unit pengirim nota dinas.</source>
        <translation>Unit pengirim nota dinas.</translation>
    </message>
    <message>
        <source>Pejabat yang menerima nota dinas.</source>
        <translation>Pejabat yang menerima nota dinas.</translation>
    </message>
    <message>
        <source>Nama pejabat yang menandatangani.</source>
        <translation>Nama pejabat yang menandatangani.</translation>
    </message>
    <message>
        <source>Jabatan pejabat yang menandatangani.</source>
        <translation>Jabatan pejabat yang menandatangani.</translation>
    </message>
    <message>
        <source>Nomor induk pegawai penanda tangan, 18 angka.</source>
        <translation>Nomor induk pegawai penanda tangan, 18 angka.</translation>
    </message>
    <message>
        <source>Gambar ini tidak dapat dipakai sebagai logo. Pilih berkas PNG atau JPEG lain.</source>
        <translation>Gambar ini tidak dapat dipakai sebagai logo. Pilih berkas PNG atau JPEG lain.</translation>
    </message>
</context>
<context>
    <name>lapor::NotificationFeed</name>
    <message>
        <source>Laporan baru ditugaskan kepada saya</source>
        <translation>Laporan baru ditugaskan kepada saya</translation>
    </message>
    <message>
        <source>Draf menunggu persetujuan saya</source>
        <translation>Draf menunggu persetujuan saya</translation>
    </message>
    <message>
        <source>Draf saya dikembalikan</source>
        <translation>Draf saya dikembalikan</translation>
    </message>
    <message>
        <source>Tenggat besok</source>
        <translation>Tenggat besok</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Laporan #%1 ditugaskan kepada Anda.</source>
        <translation>Laporan #%1 ditugaskan kepada Anda.</translation>
    </message>
    <message>
        <source>Draf tindak lanjut laporan #%1 menunggu persetujuan Anda.</source>
        <translation>Draf tindak lanjut laporan #%1 menunggu persetujuan Anda.</translation>
    </message>
    <message>
        <source>Draf Anda untuk laporan #%1 dikembalikan untuk diperbaiki.</source>
        <translation>Draf Anda untuk laporan #%1 dikembalikan untuk diperbaiki.</translation>
    </message>
    <message>
        <source>Laporan #%1 jatuh tempo %2.</source>
        <translation>Laporan #%1 jatuh tempo %2.</translation>
    </message>
    <message>
        <source>Laporan #%1 mengalami konflik dengan hub; periksa draf atau tindakan Anda.</source>
        <translation>Laporan #%1 mengalami konflik dengan hub; periksa draf atau tindakan Anda.</translation>
    </message>
</context>
<context>
    <name>lapor::Notifier</name>
    <message>
        <source>Jenis pemberitahuan</source>
        <translation>Jenis pemberitahuan</translation>
    </message>
    <message>
        <source>Pemberitahuan</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <source>LAPOR Desk</source>
        <translation>LAPOR Desk</translation>
    </message>
    <message numerus="yes">
        <source>%1 (dan %n pemberitahuan lain)</source>
        <translation>
            <numerusform>%1 (dan %n pemberitahuan lain)</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada pemberitahuan</source>
        <translation>Belum ada pemberitahuan</translation>
    </message>
    <message>
        <source>Bersihkan daftar</source>
        <translation>Bersihkan daftar</translation>
    </message>
    <message numerus="yes">
        <source>%n pemberitahuan baru</source>
        <translation>
            <numerusform>%n pemberitahuan baru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pemberitahuan baru. Buka kunci LAPOR Desk untuk melihatnya.</source>
        <translation>
            <numerusform>%n pemberitahuan baru. Buka kunci LAPOR Desk untuk melihatnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>LAPOR Desk terkunci.</source>
        <translation>LAPOR Desk terkunci.</translation>
    </message>
</context>
<context>
    <name>lapor::OutboxModel</name>
    <message>
        <source>Dicoba lagi pukul %1.</source>
        <translation>Dicoba lagi pukul %1.</translation>
    </message>
    <message>
        <source>%1 Dicoba lagi pukul %2.</source>
        <translation>%1 Dicoba lagi pukul %2.</translation>
    </message>
    <message>
        <source>Menunggu dikirim saat hub dapat dihubungi.</source>
        <translation>Menunggu dikirim saat hub dapat dihubungi.</translation>
    </message>
    <message>
        <source>Sedang dikirim ke hub.</source>
        <translation>Sedang dikirim ke hub.</translation>
    </message>
    <message>
        <source>Diterima hub.</source>
        <translation>Diterima hub.</translation>
    </message>
    <message>
        <source>Keadaan laporan di hub sudah berubah. Tinjau lalu kirim ulang, atau buang.</source>
        <translation>Keadaan laporan di hub sudah berubah. Tinjau lalu kirim ulang, atau buang.</translation>
    </message>
    <message>
        <source>Ditolak hub.</source>
        <translation>Ditolak hub.</translation>
    </message>
    <message>
        <source>Dibuang.</source>
        <translation>Dibuang.</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Percobaan</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Diperbarui</translation>
    </message>
</context>
<context>
    <name>lapor::OutboxPanel</name>
    <message>
        <source>Coba kirim lagi</source>
        <translation>Coba kirim lagi</translation>
    </message>
    <message>
        <source>Tinjau keadaan kasus dan kirim ulang</source>
        <translation>Tinjau keadaan kasus dan kirim ulang</translation>
    </message>
    <message>
        <source>Buang tindakan</source>
        <translation>Buang tindakan</translation>
    </message>
    <message>
        <source>Buka laporan</source>
        <translation>Buka laporan</translation>
    </message>
    <message>
        <source>Kirim sekarang</source>
        <translation>Kirim sekarang</translation>
    </message>
    <message>
        <source>Tampilkan yang sudah terkirim</source>
        <translation>Tampilkan yang sudah terkirim</translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation>Coba lagi</translation>
    </message>
    <message numerus="yes">
        <source>%n tindakan menunggu dikirim</source>
        <translation>
            <numerusform>%n tindakan menunggu dikirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n konflik perlu ditinjau</source>
        <translation>
            <numerusform>%n konflik perlu ditinjau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gagal</source>
        <translation>
            <numerusform>%n gagal</numerusform>
        </translation>
    </message>
    <message>
        <source>Kirim lagi tanpa perubahan, berdasarkan keadaan laporan terbaru di hub.</source>
        <translation>Kirim lagi tanpa perubahan, berdasarkan keadaan laporan terbaru di hub.</translation>
    </message>
    <message>
        <source>Kirim lagi tindakan yang ditolak atau gagal.</source>
        <translation>Kirim lagi tindakan yang ditolak atau gagal.</translation>
    </message>
    <message>
        <source>Tidak ada tindakan yang menunggu. Semua sudah diterima hub.</source>
        <translation>Tidak ada tindakan yang menunggu. Semua sudah diterima hub.</translation>
    </message>
    <message>
        <source>Pilih satu tindakan untuk melihat keterangannya.</source>
        <translation>Pilih satu tindakan untuk melihat keterangannya.</translation>
    </message>
    <message>
        <source>Pilihan: tinjau keadaan laporan yang baru lalu kirim ulang, atau buang tindakan ini. Tidak ada yang hilang sebelum Anda memilih.</source>
        <translation>Pilihan: tinjau keadaan laporan yang baru lalu kirim ulang, atau buang tindakan ini. Tidak ada yang hilang sebelum Anda memilih.</translation>
    </message>
    <message>
        <source>Tindakan ini milik pengguna lain dan dikirim saat ia masuk.</source>
        <translation>Tindakan ini milik pengguna lain dan dikirim saat ia masuk.</translation>
    </message>
    <message>
        <source>Draf tindak lanjut ini dibuang dan tidak akan dikirim ke hub.</source>
        <translation>Draf tindak lanjut ini dibuang dan tidak akan dikirim ke hub.</translation>
    </message>
    <message>
        <source>Tindakan &quot;%1&quot; tidak akan dikirim ke hub.</source>
        <translation>Tindakan &quot;%1&quot; tidak akan dikirim ke hub.</translation>
    </message>
    <message>
        <source>Catatannya tetap tersimpan di kotak keluar. Lanjutkan?</source>
        <translation>Catatannya tetap tersimpan di kotak keluar. Lanjutkan?</translation>
    </message>
    <message>
        <source>Tindakan ini tidak dapat dijadwalkan ulang.</source>
        <translation>Tindakan ini tidak dapat dijadwalkan ulang.</translation>
    </message>
    <message>
        <source>Tindakan ini tidak dapat dibuang.</source>
        <translation>Tindakan ini tidak dapat dibuang.</translation>
    </message>
    <message>
        <source>Kotak keluar kosong: semua yang Anda kerjakan sudah terkirim. Tindak lanjut, disposisi dan catatan yang Anda simpan menunggu di sini sampai terkirim.</source>
        <translation>Kotak keluar kosong: semua yang Anda kerjakan sudah terkirim. Tindak lanjut, disposisi dan catatan yang Anda simpan menunggu di sini sampai terkirim.</translation>
    </message>
</context>
<context>
    <name>lapor::OutboxPusher</name>
    <message>
        <source>Menunggu pengguna yang membuatnya masuk; hanya sesi penulisnya yang dapat mengirim tindakan ini.</source>
        <translation>Menunggu pengguna yang membuatnya masuk; hanya sesi penulisnya yang dapat mengirim tindakan ini.</translation>
    </message>
    <message>
        <source>Laporan ini sudah dipindahkan dari unit Anda; tindakan tidak dikirim. Draf tetap disimpan.</source>
        <translation>Laporan ini sudah dipindahkan dari unit Anda; tindakan tidak dikirim. Draf tetap disimpan.</translation>
    </message>
    <message>
        <source>Berkas lampiran %1 tidak ada lagi di profil; lampirkan ulang di draf.</source>
        <translation>Berkas lampiran %1 tidak ada lagi di profil; lampirkan ulang di draf.</translation>
    </message>
    <message>
        <source>Jawaban hub untuk %1 tidak terbaca; sinkronisasi berikutnya melengkapinya.</source>
        <translation>Jawaban hub untuk %1 tidak terbaca; sinkronisasi berikutnya melengkapinya.</translation>
    </message>
    <message>
        <source>Laporan ini sudah tidak berada di unit Anda (dipindahkan atau di luar wewenang). Tindakan tidak diterapkan; draf tetap disimpan.</source>
        <translation>Laporan ini sudah tidak berada di unit Anda (dipindahkan atau di luar wewenang). Tindakan tidak diterapkan; draf tetap disimpan.</translation>
    </message>
    <message>
        <source>Draf sudah berubah di hub sejak Anda memeriksanya; keputusan ini ditolak dan draf kembali untuk ditinjau.</source>
        <translation>Draf sudah berubah di hub sejak Anda memeriksanya; keputusan ini ditolak dan draf kembali untuk ditinjau.</translation>
    </message>
    <message>
        <source>Hub menolak: penulis draf tidak boleh memutuskan drafnya sendiri.</source>
        <translation>Hub menolak: penulis draf tidak boleh memutuskan drafnya sendiri.</translation>
    </message>
    <message>
        <source>Hub menolak: peran Anda tidak berwenang melakukan tindakan ini.</source>
        <translation>Hub menolak: peran Anda tidak berwenang melakukan tindakan ini.</translation>
    </message>
    <message>
        <source>%1 terkirim, %2 konflik, %3 gagal, %4 menunggu</source>
        <translation>%1 terkirim, %2 konflik, %3 gagal, %4 menunggu</translation>
    </message>
    <message>
        <source>; %1 milik pengguna lain menunggu sesi mereka</source>
        <translation>; %1 milik pengguna lain menunggu sesi mereka</translation>
    </message>
    <message>
        <source> (dibatalkan)</source>
        <translation> (dibatalkan)</translation>
    </message>
    <message>
        <source>Tindakan ini tersimpan dalam bentuk yang tidak dikenal versi ini; buang lalu ulangi tindakannya.</source>
        <translation>Tindakan ini tersimpan dalam bentuk yang tidak dikenal versi ini; buang lalu ulangi tindakannya.</translation>
    </message>
    <message>
        <source>Metadata foto %1 tidak dapat dibuang karena %2, jadi foto itu tidak dikirim. Hapus lampiran itu dari draf, simpan ulang fotonya, lalu lampirkan lagi.</source>
        <translation>Metadata foto %1 tidak dapat dibuang karena %2, jadi foto itu tidak dikirim. Hapus lampiran itu dari draf, simpan ulang fotonya, lalu lampirkan lagi.</translation>
    </message>
</context>
<context>
    <name>lapor::OutboxRepository</name>
    <message>
        <source>Menunggu</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Mengirim</source>
        <translation>Mengirim</translation>
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
        <source>Gagal</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Dibuang</source>
        <translation>Dibuang</translation>
    </message>
    <message>
        <source>Ajukan draf (revisi %1)</source>
        <translation>Ajukan draf (revisi %1)</translation>
    </message>
    <message>
        <source>Setujui draf (revisi %1)</source>
        <translation>Setujui draf (revisi %1)</translation>
    </message>
    <message>
        <source>Kembalikan draf (revisi %1)</source>
        <translation>Kembalikan draf (revisi %1)</translation>
    </message>
    <message>
        <source>Disposisi ke unit %1</source>
        <translation>Disposisi ke unit %1</translation>
    </message>
    <message>
        <source>Kembalikan sebagai bukan wewenang</source>
        <translation>Kembalikan sebagai bukan wewenang</translation>
    </message>
    <message>
        <source>Catatan internal</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <source>Unggah lampiran %1</source>
        <translation>Unggah lampiran %1</translation>
    </message>
    <message>
        <source>Hanya entri yang konflik atau gagal yang dapat dikirim ulang atau dibuang.</source>
        <translation>Hanya entri yang konflik atau gagal yang dapat dikirim ulang atau dibuang.</translation>
    </message>
    <message>
        <source>Dibuang oleh pengguna. Alasan sebelumnya: %1</source>
        <translation>Dibuang oleh pengguna. Alasan sebelumnya: %1</translation>
    </message>
    <message>
        <source>Tindakan yang tidak dikenal versi ini</source>
        <translation>Tindakan yang tidak dikenal versi ini</translation>
    </message>
</context>
<context>
    <name>lapor::OverdueFigure</name>
    <message>
        <source>≤ 5 hari kerja</source>
        <translation>≤ 5 hari kerja</translation>
    </message>
    <message>
        <source>6–10 hari kerja</source>
        <translation>6–10 hari kerja</translation>
    </message>
    <message>
        <source>11–20 hari kerja</source>
        <translation>11–20 hari kerja</translation>
    </message>
    <message>
        <source>&gt; 20 hari kerja</source>
        <translation>&gt; 20 hari kerja</translation>
    </message>
</context>
<context>
    <name>lapor::PersonSignIn</name>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message numerus="yes">
        <source>Hub tidak dapat dihubungi, dan terlalu banyak kata sandi salah di komputer ini. Coba lagi dalam %n detik.</source>
        <translation>
            <numerusform>Hub tidak dapat dihubungi, dan terlalu banyak kata sandi salah di komputer ini. Coba lagi dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub tidak dapat dihubungi, dan kata sandi tidak cocok dengan yang tersimpan di komputer ini dari masuk terakhir Anda.</source>
        <translation>Hub tidak dapat dihubungi, dan kata sandi tidak cocok dengan yang tersimpan di komputer ini dari masuk terakhir Anda.</translation>
    </message>
    <message>
        <source>Hub tidak dapat dihubungi; Anda bekerja tanpa hub. Sinkronisasi berjalan begitu hub dapat dihubungi.</source>
        <translation>Hub tidak dapat dihubungi; Anda bekerja tanpa hub. Sinkronisasi berjalan begitu hub dapat dihubungi.</translation>
    </message>
    <message>
        <source>Hub tidak menyebut pengguna yang masuk.</source>
        <translation>Hub tidak menyebut pengguna yang masuk.</translation>
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
    <name>lapor::ProfileHome</name>
    <message>
        <source>Folder profil %1 tidak dapat dibuat atau ditulisi.</source>
        <translation>Folder profil %1 tidak dapat dibuat atau ditulisi.</translation>
    </message>
    <message>
        <source>Pengguna tidak dikenal.</source>
        <translation>Pengguna tidak dikenal.</translation>
    </message>
    <message>
        <source>Sebagian data di %1 tidak dapat dihapus.</source>
        <translation>Sebagian data di %1 tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Profil lama tidak dapat dipindahkan: %1 tetap di %2.</source>
        <translation>Profil lama tidak dapat dipindahkan: %1 tetap di %2.</translation>
    </message>
</context>
<context>
    <name>lapor::QuarantineDialog</name>
    <message>
        <source>Tersalin</source>
        <translation>Tersalin</translation>
    </message>
    <message numerus="yes">
        <source>%n catatan dari hub tidak dapat dibaca.</source>
        <translation>
            <numerusform>%n catatan dari hub tidak dapat dibaca.</numerusform>
        </translation>
    </message>
    <message>
        <source>(tidak terbaca)</source>
        <translation>(tidak terbaca)</translation>
    </message>
    <message>
        <source>Jenis: %1</source>
        <translation>Jenis: %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Alasan: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>Diterima: %1</source>
        <translation>Diterima: %1</translation>
    </message>
    <message>
        <source>Kursor: %1</source>
        <translation>Kursor: %1</translation>
    </message>
    <message>
        <source>(awal)</source>
        <translation>(awal)</translation>
    </message>
    <message>
        <source>Catatan: %1</source>
        <translation>Catatan: %1</translation>
    </message>
</context>
<context>
    <name>lapor::QuarantineNotice</name>
    <message numerus="yes">
        <source>%n catatan dari hub tidak dapat dibaca. Sinkronisasi tetap berjalan; salin rinciannya untuk admin instansi.</source>
        <translation>
            <numerusform>%n catatan dari hub tidak dapat dibaca. Sinkronisasi tetap berjalan; salin rinciannya untuk admin instansi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rincian…</source>
        <translation>Rincian…</translation>
    </message>
    <message>
        <source>Rincian catatan yang tidak terbaca</source>
        <translation>Rincian catatan yang tidak terbaca</translation>
    </message>
</context>
<context>
    <name>lapor::RelatedCases</name>
    <message>
        <source>kategori sama</source>
        <translation>kategori sama</translation>
    </message>
    <message>
        <source>kata: %1</source>
        <translation>kata: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n kata sama</source>
        <translation>
            <numerusform>%n kata sama</numerusform>
        </translation>
    </message>
    <message>
        <source>pelapor sama</source>
        <translation>pelapor sama</translation>
    </message>
    <message>
        <source>Duplikat dari laporan #%1.</source>
        <translation>Duplikat dari laporan #%1.</translation>
    </message>
    <message>
        <source>Terkait dengan laporan #%1.</source>
        <translation>Terkait dengan laporan #%1.</translation>
    </message>
    <message>
        <source>Laporan #%1 tidak ada di profil ini.</source>
        <translation>Laporan #%1 tidak ada di profil ini.</translation>
    </message>
</context>
<context>
    <name>lapor::RelatedCasesPanel</name>
    <message>
        <source>Laporan terkait tidak dapat dicari: %1</source>
        <translation>Laporan terkait tidak dapat dicari: %1</translation>
    </message>
    <message>
        <source>Tidak ada laporan lain di komputer ini yang tampak membahas hal yang sama.</source>
        <translation>Tidak ada laporan lain di komputer ini yang tampak membahas hal yang sama.</translation>
    </message>
    <message>
        <source>Jawaban laporan rahasia tidak dipakai untuk laporan lain.</source>
        <translation>Jawaban laporan rahasia tidak dipakai untuk laporan lain.</translation>
    </message>
    <message>
        <source>Draf baru laporan ini dimulai dari jawaban terakhir laporan #%1. Periksa dan sesuaikan: jawaban itu ditulis untuk pelapor lain.</source>
        <translation>Draf baru laporan ini dimulai dari jawaban terakhir laporan #%1. Periksa dan sesuaikan: jawaban itu ditulis untuk pelapor lain.</translation>
    </message>
    <message>
        <source>Laporan #%1 belum punya jawaban.</source>
        <translation>Laporan #%1 belum punya jawaban.</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Laporan terkait</source>
        <translation>Laporan terkait</translation>
    </message>
    <message>
        <source>Keterangan laporan terkait</source>
        <translation>Keterangan laporan terkait</translation>
    </message>
    <message>
        <source>Tautkan laporan terpilih sebagai terkait</source>
        <translation>Tautkan laporan terpilih sebagai terkait</translation>
    </message>
    <message>
        <source>Tautkan laporan terpilih sebagai duplikat</source>
        <translation>Tautkan laporan terpilih sebagai duplikat</translation>
    </message>
    <message>
        <source>Mulai draf baru dari jawaban laporan terpilih</source>
        <translation>Mulai draf baru dari jawaban laporan terpilih</translation>
    </message>
    <message>
        <source>Buka laporan terpilih</source>
        <translation>Buka laporan terpilih</translation>
    </message>
    <message>
        <source>Pilih satu untuk menautkannya sebagai terkait atau duplikat (dicatat sebagai catatan internal), atau untuk memakai jawabannya sebagai awal draf baru.</source>
        <translation>Pilih satu untuk menautkannya sebagai terkait atau duplikat (dicatat sebagai catatan internal), atau untuk memakai jawabannya sebagai awal draf baru.</translation>
    </message>
    <message>
        <source>Tandai &amp;terkait</source>
        <translation>Tandai &amp;terkait</translation>
    </message>
    <message>
        <source>Tandai &amp;duplikat</source>
        <translation>Tandai &amp;duplikat</translation>
    </message>
    <message>
        <source>Pakai &amp;jawaban</source>
        <translation>Pakai &amp;jawaban</translation>
    </message>
    <message>
        <source>B&amp;uka</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <source>Mencatat tautan sebagai catatan internal laporan ini; dikirim saat sinkron.</source>
        <translation>Mencatat tautan sebagai catatan internal laporan ini; dikirim saat sinkron.</translation>
    </message>
    <message>
        <source>Mencatat bahwa laporan terpilih sama dengan laporan ini, sebagai catatan internal.</source>
        <translation>Mencatat bahwa laporan terpilih sama dengan laporan ini, sebagai catatan internal.</translation>
    </message>
    <message>
        <source>Membuka editor dengan jawaban terakhir laporan terpilih sebagai awal teks.</source>
        <translation>Membuka editor dengan jawaban terakhir laporan terpilih sebagai awal teks.</translation>
    </message>
    <message>
        <source>Menampilkan laporan terpilih di panel laporan.</source>
        <translation>Menampilkan laporan terpilih di panel laporan.</translation>
    </message>
</context>
<context>
    <name>lapor::ReplyTemplates</name>
    <message>
        <source>Pelapor</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Templat &quot;%1&quot; menyebut nama pelapor dan tidak dapat dipakai untuk laporan anonim.</source>
        <translation>Templat &quot;%1&quot; menyebut nama pelapor dan tidak dapat dipakai untuk laporan anonim.</translation>
    </message>
    <message>
        <source>unit kami</source>
        <translation>unit kami</translation>
    </message>
</context>
<context>
    <name>lapor::Reports</name>
    <message>
        <source>Laporan</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Rekapitulasi Pengelolaan Pengaduan</source>
        <translation>Rekapitulasi Pengelolaan Pengaduan</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Laporan diterima</source>
        <translation>Laporan diterima</translation>
    </message>
    <message>
        <source>Sudah ditindaklanjuti</source>
        <translation>Sudah ditindaklanjuti</translation>
    </message>
    <message>
        <source>Ditindaklanjuti ≤ 5 hari kerja</source>
        <translation>Ditindaklanjuti ≤ 5 hari kerja</translation>
    </message>
    <message>
        <source>Ditindaklanjuti &gt; 5 hari kerja</source>
        <translation>Ditindaklanjuti &gt; 5 hari kerja</translation>
    </message>
    <message>
        <source>Belum ditindaklanjuti, lewat 5 hari kerja</source>
        <translation>Belum ditindaklanjuti, lewat 5 hari kerja</translation>
    </message>
    <message>
        <source>Belum ditindaklanjuti, masih dalam 5 hari kerja</source>
        <translation>Belum ditindaklanjuti, masih dalam 5 hari kerja</translation>
    </message>
    <message>
        <source>Dijawab ≤ 5 hari kerja (%)</source>
        <translation>Dijawab ≤ 5 hari kerja (%)</translation>
    </message>
    <message>
        <source>Rata-rata hari kerja sampai tindak lanjut pertama</source>
        <translation>Rata-rata hari kerja sampai tindak lanjut pertama</translation>
    </message>
    <message>
        <source>Laporan terlambat saat ini</source>
        <translation>Laporan terlambat saat ini</translation>
    </message>
    <message>
        <source>Penilaian warga: jumlah</source>
        <translation>Penilaian warga: jumlah</translation>
    </message>
    <message>
        <source>Penilaian warga: rata-rata (1–5)</source>
        <translation>Penilaian warga: rata-rata (1–5)</translation>
    </message>
    <message>
        <source>Laporan per status</source>
        <translation>Laporan per status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Diterima dan ditindaklanjuti per minggu</source>
        <translation>Diterima dan ditindaklanjuti per minggu</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Ditindaklanjuti</source>
        <translation>Ditindaklanjuti</translation>
    </message>
    <message>
        <source>≤ 5 hari kerja</source>
        <translation>≤ 5 hari kerja</translation>
    </message>
    <message>
        <source>Belum, lewat 5 hari kerja</source>
        <translation>Belum, lewat 5 hari kerja</translation>
    </message>
    <message>
        <source>Rata-rata hari kerja</source>
        <translation>Rata-rata hari kerja</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>(belum ditugaskan)</source>
        <translation>(belum ditugaskan)</translation>
    </message>
    <message>
        <source>Tindak lanjut pertama per unit</source>
        <translation>Tindak lanjut pertama per unit</translation>
    </message>
    <message>
        <source>Tindak lanjut pertama per petugas</source>
        <translation>Tindak lanjut pertama per petugas</translation>
    </message>
    <message>
        <source>Penilaian warga</source>
        <translation>Penilaian warga</translation>
    </message>
    <message>
        <source>Bintang</source>
        <translation>Bintang</translation>
    </message>
    <message>
        <source>Laporan terlambat menurut lama keterlambatan</source>
        <translation>Laporan terlambat menurut lama keterlambatan</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Daftar Laporan Terlambat</source>
        <translation>Daftar Laporan Terlambat</translation>
    </message>
    <message>
        <source>Laporan terlambat</source>
        <translation>Laporan terlambat</translation>
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
        <source>Pelapor</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Tenggat</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Terlambat (hari kerja)</source>
        <translation>Terlambat (hari kerja)</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis.</source>
        <translation>Berkas %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Periode: %1 (%2 s.d. %3)</source>
        <translation>Periode: %1 (%2 s.d. %3)</translation>
    </message>
    <message>
        <source>Dibuat: %1</source>
        <translation>Dibuat: %1</translation>
    </message>
</context>
<context>
    <name>lapor::Retention</name>
    <message numerus="yes">
        <source>%n tindakan belum terkirim ke hub:</source>
        <translation>
            <numerusform>%n tindakan belum terkirim ke hub:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2, laporan #%3</source>
        <translation>%1. %2, laporan #%3</translation>
    </message>
    <message>
        <source>Diantrekan: %1</source>
        <translation>Diantrekan: %1</translation>
    </message>
    <message>
        <source>Keadaan: %1</source>
        <translation>Keadaan: %1</translation>
    </message>
    <message>
        <source>Keadaan: %1 (%2)</source>
        <translation>Keadaan: %1 (%2)</translation>
    </message>
    <message>
        <source>Teks:</source>
        <translation>Teks:</translation>
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
    <name>lapor::SavedViewRepository</name>
    <message>
        <source>Nama tampilan tidak boleh kosong.</source>
        <translation>Nama tampilan tidak boleh kosong.</translation>
    </message>
    <message>
        <source>Nama tampilan paling panjang %1 karakter.</source>
        <translation>Nama tampilan paling panjang %1 karakter.</translation>
    </message>
    <message>
        <source>Sudah ada tampilan bernama &quot;%1&quot;.</source>
        <translation>Sudah ada tampilan bernama &quot;%1&quot;.</translation>
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
    <message>
        <source>Sertifikat CA tambahan</source>
        <translation>Sertifikat CA tambahan</translation>
    </message>
    <message>
        <source>Sertifikat PEM (*.pem *.crt *.cer);;Semua berkas (*)</source>
        <translation>Sertifikat PEM (*.pem *.crt *.cer);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Berkas %1 tidak ada atau tidak dapat dibaca.</source>
        <translation>Berkas %1 tidak ada atau tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Pin kunci hub</source>
        <translation>Pin kunci hub</translation>
    </message>
    <message>
        <source>Pin harus berupa base64 dari SHA-256 (44 karakter, diakhiri &quot;=&quot;), seperti yang diberikan admin instansi Anda.</source>
        <translation>Pin harus berupa base64 dari SHA-256 (44 karakter, diakhiri &quot;=&quot;), seperti yang diberikan admin instansi Anda.</translation>
    </message>
    <message>
        <source>Nota dinas…</source>
        <translation>Nota dinas…</translation>
    </message>
    <message>
        <source>Kop, pola nomor dan tanda tangan nota dinas</source>
        <translation>Kop, pola nomor dan tanda tangan nota dinas</translation>
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
    <message>
        <source>Belum Ditindaklanjuti</source>
        <translation>Belum Ditindaklanjuti</translation>
    </message>
    <message>
        <source>Diproses</source>
        <translation>Diproses</translation>
    </message>
</context>
<context>
    <name>lapor::Supervision</name>
    <message>
        <source>&amp;Dasbor pengawasan</source>
        <translation>&amp;Dasbor pengawasan</translation>
    </message>
    <message>
        <source>Angka unit atau instansi, laporan rekap dan daftar terlambat</source>
        <translation>Angka unit atau instansi, laporan rekap dan daftar terlambat</translation>
    </message>
</context>
<context>
    <name>lapor::SupervisionSetup</name>
    <message>
        <source>Instansi</source>
        <translation>Instansi</translation>
    </message>
</context>
<context>
    <name>lapor::SyncController</name>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Gagal masuk: %1</source>
        <translation>Gagal masuk: %1</translation>
    </message>
    <message>
        <source>Masuk sebagai %1.</source>
        <translation>Masuk sebagai %1.</translation>
    </message>
    <message>
        <source>Sesi berakhir; silakan masuk lagi.</source>
        <translation>Sesi berakhir; silakan masuk lagi.</translation>
    </message>
    <message>
        <source>Keluar dari hub.</source>
        <translation>Keluar dari hub.</translation>
    </message>
    <message>
        <source>Sinkronisasi dimulai.</source>
        <translation>Sinkronisasi dimulai.</translation>
    </message>
    <message>
        <source>Kirim: %1</source>
        <translation>Kirim: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sinkronisasi selesai: %n catatan.</source>
        <translation>
            <numerusform>Sinkronisasi selesai: %n catatan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sinkronisasi gagal: %1</source>
        <translation>Sinkronisasi gagal: %1</translation>
    </message>
    <message>
        <source>Hub dapat dihubungi.</source>
        <translation>Hub dapat dihubungi.</translation>
    </message>
    <message>
        <source>Hub tidak dapat dihubungi.</source>
        <translation>Hub tidak dapat dihubungi.</translation>
    </message>
    <message numerus="yes">
        <source>%n catatan dari hub tidak dapat dibaca dan disisihkan; lihat Rincian.</source>
        <translation>
            <numerusform>%n catatan dari hub tidak dapat dibaca dan disisihkan; lihat Rincian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lampiran tidak diunduh di muka: koneksi ini berkuota (lihat Pengaturan).</source>
        <translation>Lampiran tidak diunduh di muka: koneksi ini berkuota (lihat Pengaturan).</translation>
    </message>
    <message>
        <source>Jumlah data sinkronisasi tidak dapat dicatat: %1</source>
        <translation>Jumlah data sinkronisasi tidak dapat dicatat: %1</translation>
    </message>
    <message>
        <source>Data: %1 dikirim, %2 diterima.</source>
        <translation>Data: %1 dikirim, %2 diterima.</translation>
    </message>
</context>
<context>
    <name>lapor::SyncEngine</name>
    <message>
        <source>Sinkronisasi dibatalkan.</source>
        <translation>Sinkronisasi dibatalkan.</translation>
    </message>
    <message numerus="yes">
        <source>Retensi: %n laporan dihapus dari komputer ini (tetap tersimpan di hub).</source>
        <translation>
            <numerusform>Retensi: %n laporan dihapus dari komputer ini (tetap tersimpan di hub).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lapor::SyncLogDialog</name>
    <message>
        <source>Galat terakhir: %1</source>
        <translation>Galat terakhir: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n catatan dari hub tidak dapat dibaca.</source>
        <translation>
            <numerusform>%n catatan dari hub tidak dapat dibaca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sinkronisasi</source>
        <translation>
            <numerusform>%n sinkronisasi</numerusform>
        </translation>
    </message>
    <message>
        <source>berhasil</source>
        <translation>berhasil</translation>
    </message>
    <message>
        <source>gagal</source>
        <translation>gagal</translation>
    </message>
</context>
<context>
    <name>lapor::SyncStatusWidget</name>
    <message>
        <source>baru saja</source>
        <translation>baru saja</translation>
    </message>
    <message numerus="yes">
        <source>%n menit lalu</source>
        <translation>
            <numerusform>%n menit lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jam lalu</source>
        <translation>
            <numerusform>%n jam lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>kemarin</source>
        <translation>kemarin</translation>
    </message>
    <message>
        <source>Hub belum diatur</source>
        <translation>Hub belum diatur</translation>
    </message>
    <message>
        <source>Sinkronisasi %1/%2</source>
        <translation>Sinkronisasi %1/%2</translation>
    </message>
    <message>
        <source>Sinkronisasi…</source>
        <translation>Sinkronisasi…</translation>
    </message>
    <message>
        <source>Daring</source>
        <translation>Daring</translation>
    </message>
    <message>
        <source>Luring</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>belum masuk</source>
        <translation>belum masuk</translation>
    </message>
    <message numerus="yes">
        <source>%n tindakan menunggu</source>
        <translation>
            <numerusform>%n tindakan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>sinkron gagal</source>
        <translation>sinkron gagal</translation>
    </message>
    <message>
        <source>sinkron %1</source>
        <translation>sinkron %1</translation>
    </message>
    <message>
        <source>belum pernah sinkron</source>
        <translation>belum pernah sinkron</translation>
    </message>
    <message>
        <source>Klik untuk melihat catatan sinkronisasi.</source>
        <translation>Klik untuk melihat catatan sinkronisasi.</translation>
    </message>
    <message>
        <source>Kemajuan sinkronisasi</source>
        <translation>Kemajuan sinkronisasi</translation>
    </message>
    <message>
        <source>Bagian catatan dari hub yang sudah diterima.</source>
        <translation>Bagian catatan dari hub yang sudah diterima.</translation>
    </message>
    <message>
        <source>Status sinkronisasi: %1</source>
        <translation>Status sinkronisasi: %1</translation>
    </message>
</context>
<context>
    <name>lapor::TimelineText</name>
    <message>
        <source>Disposisi ke %1</source>
        <translation>Disposisi ke %1</translation>
    </message>
    <message>
        <source>Disposisi: %1 → %2</source>
        <translation>Disposisi: %1 → %2</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Tindak lanjut · %1</source>
        <translation>Tindak lanjut · %1</translation>
    </message>
    <message>
        <source>Balasan pelapor · penilaian %1 (%2/5)</source>
        <translation>Balasan pelapor · penilaian %1 (%2/5)</translation>
    </message>
    <message>
        <source>Balasan pelapor</source>
        <translation>Balasan pelapor</translation>
    </message>
    <message>
        <source>Catatan internal</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <source>Draf tindak lanjut (%1)</source>
        <translation>Draf tindak lanjut (%1)</translation>
    </message>
    <message>
        <source>Draf revisi %1 diajukan untuk persetujuan</source>
        <translation>Draf revisi %1 diajukan untuk persetujuan</translation>
    </message>
    <message>
        <source>Draf revisi %1 disetujui</source>
        <translation>Draf revisi %1 disetujui</translation>
    </message>
    <message>
        <source>Draf revisi %1 dikembalikan</source>
        <translation>Draf revisi %1 dikembalikan</translation>
    </message>
    <message>
        <source>Laporan diterima</source>
        <translation>Laporan diterima</translation>
    </message>
    <message>
        <source>Laporan diterima melalui %1</source>
        <translation>Laporan diterima melalui %1</translation>
    </message>
    <message>
        <source>Nota dinas %1 dibuat</source>
        <translation>Nota dinas %1 dibuat</translation>
    </message>
</context>
<context>
    <name>lapor::TrainingHub</name>
    <message>
        <source>Hub pelatihan (laporhub) tidak ditemukan di %1.</source>
        <translation>Hub pelatihan (laporhub) tidak ditemukan di %1.</translation>
    </message>
    <message>
        <source>Hub pelatihan gagal dijalankan (kode %1).</source>
        <translation>Hub pelatihan gagal dijalankan (kode %1).</translation>
    </message>
</context>
<context>
    <name>lapor::ViewListModel</name>
    <message>
        <source>Tampilan tersimpan</source>
        <translation>Tampilan tersimpan</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n laporan</source>
        <translation>
            <numerusform>%1, %n laporan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n laporan</source>
        <translation>
            <numerusform>%1: %n laporan</numerusform>
        </translation>
    </message>
    <message>
        <source>Tampilan</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>lapor::hub::LoginPage</name>
    <message>
        <source>Tidak dapat masuk</source>
        <translation>Tidak dapat masuk</translation>
    </message>
    <message>
        <source>Halaman ini sudah kedaluwarsa. Buka lagi alamat yang ditampilkan perangkat Anda.</source>
        <translation>Halaman ini sudah kedaluwarsa. Buka lagi alamat yang ditampilkan perangkat Anda.</translation>
    </message>
    <message>
        <source>Terlalu banyak kode salah. Coba lagi beberapa menit lagi.</source>
        <translation>Terlalu banyak kode salah. Coba lagi beberapa menit lagi.</translation>
    </message>
    <message>
        <source>Kode perangkat tidak dikenal atau sudah kedaluwarsa.</source>
        <translation>Kode perangkat tidak dikenal atau sudah kedaluwarsa.</translation>
    </message>
    <message>
        <source>Masuk dibatalkan</source>
        <translation>Masuk dibatalkan</translation>
    </message>
    <message>
        <source>Perangkat itu tidak masuk. Anda boleh menutup halaman ini.</source>
        <translation>Perangkat itu tidak masuk. Anda boleh menutup halaman ini.</translation>
    </message>
    <message>
        <source>Perangkat sudah masuk</source>
        <translation>Perangkat sudah masuk</translation>
    </message>
    <message>
        <source>Anda boleh menutup halaman ini dan kembali ke perangkat Anda.</source>
        <translation>Anda boleh menutup halaman ini dan kembali ke perangkat Anda.</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Ketik kode yang ditampilkan di perangkat Anda, lalu masuk.</source>
        <translation>Ketik kode yang ditampilkan di perangkat Anda, lalu masuk.</translation>
    </message>
    <message>
        <source>%1 meminta izin masuk atas nama Anda.</source>
        <translation>%1 meminta izin masuk atas nama Anda.</translation>
    </message>
    <message>
        <source>Kode perangkat</source>
        <translation>Kode perangkat</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Periksa alamat di peramban sebelum mengetik kata sandi.</source>
        <translation>Periksa alamat di peramban sebelum mengetik kata sandi.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan gagal. Coba lagi dalam %1 detik.</source>
        <translation>Terlalu banyak percobaan gagal. Coba lagi dalam %1 detik.</translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi admin instansi Anda.</source>
        <translation>Akun ini dinonaktifkan. Hubungi admin instansi Anda.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Permintaan masuk ini tidak sah.</source>
        <translation>Permintaan masuk ini tidak sah.</translation>
    </message>
    <message>
        <source>Aplikasi yang meminta masuk tidak dikenal.</source>
        <translation>Aplikasi yang meminta masuk tidak dikenal.</translation>
    </message>
    <message>
        <source>Alamat kembali aplikasi ini tidak diizinkan.</source>
        <translation>Alamat kembali aplikasi ini tidak diizinkan.</translation>
    </message>
    <message>
        <source>Halaman masuk ini sudah kedaluwarsa. Mulai lagi dari aplikasi LAPOR Desk.</source>
        <translation>Halaman masuk ini sudah kedaluwarsa. Mulai lagi dari aplikasi LAPOR Desk.</translation>
    </message>
</context>
</TS>

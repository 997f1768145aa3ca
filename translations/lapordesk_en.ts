<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ApprovalView</name>
    <message>
        <source>Tinjau draf</source>
        <translation>Review draft</translation>
    </message>
    <message>
        <source>Draf yang ditinjau</source>
        <translation>Draft under review</translation>
    </message>
    <message>
        <source>&amp;Perubahan</source>
        <translation>Chan&amp;ges</translation>
    </message>
    <message>
        <source>Perbedaan dengan revisi sebelumnya</source>
        <translation>Differences from the previous revision</translation>
    </message>
    <message>
        <source>Teks &amp;lengkap</source>
        <translation>&amp;Full text</translation>
    </message>
    <message>
        <source>Teks revisi yang ditinjau</source>
        <translation>Text of the revision under review</translation>
    </message>
    <message>
        <source>&amp;Komentar untuk penulis (wajib bila dikembalikan):</source>
        <translation>&amp;Comment for the author (required when returning):</translation>
    </message>
    <message>
        <source>Komentar untuk penulis</source>
        <translation>Comment for the author</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Setujui</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Revisi yang ditinjau</source>
        <translation>Revision under review</translation>
    </message>
    <message>
        <source>Pilih antara perubahan terhadap revisi sebelumnya dan teks lengkap revisi.</source>
        <translation>Choose between the changes since the previous revision and the revision&apos;s full text.</translation>
    </message>
    <message>
        <source>Teks yang ditambah dan dihapus sejak revisi yang terakhir Anda lihat.</source>
        <translation>Text added and removed since the revision you last saw.</translation>
    </message>
    <message>
        <source>Teks lengkap revisi yang akan disetujui atau dikembalikan.</source>
        <translation>The full text of the revision to approve or return.</translation>
    </message>
    <message>
        <source>Wajib diisi bila draf dikembalikan; penulis membacanya bersama draf.</source>
        <translation>Required when the draft is returned; the author reads it with the draft.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Menutup tinjauan tanpa memutuskan.</source>
        <translation>Closes the review without deciding.</translation>
    </message>
    <message>
        <source>Kembalikan draf</source>
        <translation>Return draft</translation>
    </message>
    <message>
        <source>Mengembalikan draf ke penulis dengan komentar Anda.</source>
        <translation>Returns the draft to its author with your comment.</translation>
    </message>
    <message>
        <source>Setujui draf</source>
        <translation>Approve draft</translation>
    </message>
    <message>
        <source>Menyetujui revisi yang tampil; tindak lanjut dikirim ke hub.</source>
        <translation>Approves the revision shown; the follow-up is sent to the hub.</translation>
    </message>
    <message>
        <source>Ke&amp;mbalikan</source>
        <translation>&amp;Return</translation>
    </message>
</context>
<context>
    <name>CaseActionDialog</name>
    <message>
        <source>&amp;Unit tujuan:</source>
        <translation>&amp;Target unit:</translation>
    </message>
    <message>
        <source>Unit tujuan</source>
        <translation>Target unit</translation>
    </message>
    <message>
        <source>Unit yang akan menerima laporan ini.</source>
        <translation>The unit that will receive this case.</translation>
    </message>
    <message>
        <source>Teks yang dikirim bersama tindakan ini.</source>
        <translation>Text sent with this action.</translation>
    </message>
    <message>
        <source>Tombol dialog</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <source>Simpan tindakan atau batalkan.</source>
        <translation>Save the action or cancel.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Judul laporan</source>
        <translation>Case title</translation>
    </message>
    <message>
        <source>Status laporan</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Sisa hari kerja</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <source>Keterangan laporan</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Isi laporan</source>
        <translation>Complaint text</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Riwayat laporan</source>
        <translation>Case history</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Lampiran laporan</source>
        <translation>Case attachments</translation>
    </message>
    <message>
        <source>&amp;Buka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Buka lampiran</source>
        <translation>Open attachment</translation>
    </message>
    <message>
        <source>Simpan &amp;sebagai…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Simpan lampiran sebagai</source>
        <translation>Save attachment as</translation>
    </message>
    <message>
        <source>Isi laporan dari pelapor, sebagai teks biasa.</source>
        <translation>The reporter&apos;s complaint, as plain text.</translation>
    </message>
    <message>
        <source>Bagian laporan</source>
        <translation>Case sections</translation>
    </message>
    <message>
        <source>Pilih riwayat, lampiran, atau laporan terkait.</source>
        <translation>Choose the history, the attachments or related cases.</translation>
    </message>
    <message>
        <source>Peristiwa laporan dari yang terlama: disposisi, tindak lanjut, balasan pelapor.</source>
        <translation>The case&apos;s events, oldest first: dispositions, follow-ups, reporter replies.</translation>
    </message>
    <message>
        <source>Berkas yang dilampirkan pelapor dan petugas. Tekan Enter untuk membuka.</source>
        <translation>Files attached by the reporter and officers. Press Enter to open one.</translation>
    </message>
    <message>
        <source>Membuka lampiran terpilih dengan aplikasi bawaan komputer ini.</source>
        <translation>Opens the selected attachment with this computer&apos;s default application.</translation>
    </message>
    <message>
        <source>Menyimpan salinan lampiran terpilih ke folder pilihan Anda.</source>
        <translation>Saves a copy of the selected attachment to a folder you choose.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Dasbor Pengawasan</source>
        <translation>Supervision dashboard</translation>
    </message>
    <message>
        <source>Cakupan:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Cakupan</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Sampai tanggal</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Jenis laporan</source>
        <translation>Report type</translation>
    </message>
    <message>
        <source>Ekspor &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Ekspor &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>C&amp;etak…</source>
        <translation>Pri&amp;nt…</translation>
    </message>
    <message>
        <source>Cetak laporan</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Laporan diterima</source>
        <translation>Cases received</translation>
    </message>
    <message>
        <source>Dijawab dalam 5 hari kerja</source>
        <translation>Answered within 5 working days</translation>
    </message>
    <message>
        <source>Rata-rata hari kerja sampai tindak lanjut pertama</source>
        <translation>Average working days to first follow-up</translation>
    </message>
    <message>
        <source>Laporan terlambat</source>
        <translation>Overdue cases</translation>
    </message>
    <message>
        <source>Penilaian warga</source>
        <translation>Citizen ratings</translation>
    </message>
    <message>
        <source>Laporan per status</source>
        <translation>Cases by status</translation>
    </message>
    <message>
        <source>Diterima dan ditindaklanjuti per minggu</source>
        <translation>Received and followed up per week</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>Rata-rata hari kerja per unit</source>
        <translation>Average working days by unit</translation>
    </message>
    <message>
        <source>Klik dua kali untuk membuka laporan di balik baris ini</source>
        <translation>Double-click to open the cases behind this row</translation>
    </message>
    <message>
        <source>Per petugas</source>
        <translation>By officer</translation>
    </message>
    <message>
        <source>Rata-rata hari kerja per petugas</source>
        <translation>Average working days by officer</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Instansi atau unit yang angkanya ditampilkan.</source>
        <translation>The agency or unit whose figures are shown.</translation>
    </message>
    <message>
        <source>Bulan laporan; pilih Rentang khusus untuk memilih tanggal sendiri.</source>
        <translation>The report&apos;s month; choose Custom range to pick your own dates.</translation>
    </message>
    <message>
        <source>Tanggal awal rentang laporan.</source>
        <translation>First day of the report&apos;s range.</translation>
    </message>
    <message>
        <source>Tanggal akhir rentang laporan.</source>
        <translation>Last day of the report&apos;s range.</translation>
    </message>
    <message>
        <source>Rekap atau daftar laporan terlambat untuk diekspor atau dicetak.</source>
        <translation>The summary or the list of overdue cases, to export or print.</translation>
    </message>
    <message>
        <source>Ekspor PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Menyimpan laporan terpilih sebagai berkas PDF.</source>
        <translation>Saves the chosen report as a PDF file.</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Menyimpan laporan terpilih sebagai berkas CSV untuk lembar kerja.</source>
        <translation>Saves the chosen report as a CSV file for spreadsheets.</translation>
    </message>
    <message>
        <source>Mencetak laporan terpilih.</source>
        <translation>Prints the chosen report.</translation>
    </message>
    <message>
        <source>Membuka daftar laporan di balik angka ini.</source>
        <translation>Opens the list of cases behind this figure.</translation>
    </message>
    <message>
        <source>Tabel rekap</source>
        <translation>Summary tables</translation>
    </message>
    <message>
        <source>Pilih tabel per unit, per petugas, atau laporan terlambat.</source>
        <translation>Choose the table per unit, per officer, or of overdue cases.</translation>
    </message>
    <message>
        <source>Klik dua kali pada baris untuk membuka laporan di baliknya.</source>
        <translation>Double-click a row to open the cases behind it.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Status draf</source>
        <translation>Draft status</translation>
    </message>
    <message>
        <source>Catatan pengembalian</source>
        <translation>Return comment</translation>
    </message>
    <message>
        <source>&amp;Teks</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Te&amp;mplat:</source>
        <translation>Te&amp;mplate:</translation>
    </message>
    <message>
        <source>Templat balasan</source>
        <translation>Reply template</translation>
    </message>
    <message>
        <source>Gunakan templat</source>
        <translation>Use template</translation>
    </message>
    <message>
        <source>Teks tindak lanjut</source>
        <translation>Follow-up text</translation>
    </message>
    <message>
        <source>&amp;Lampiran</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <source>Lampiran draf</source>
        <translation>Draft attachments</translation>
    </message>
    <message>
        <source>Tambah &amp;berkas…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Hapus lampiran</source>
        <translation>&amp;Remove attachment</translation>
    </message>
    <message>
        <source>&amp;Riwayat revisi</source>
        <translation>Revision &amp;history</translation>
    </message>
    <message>
        <source>Revisi draf</source>
        <translation>Draft revisions</translation>
    </message>
    <message>
        <source>Perbedaan antarrevisi</source>
        <translation>Differences between revisions</translation>
    </message>
    <message>
        <source>Pemeriksaan sebelum diajukan</source>
        <translation>Checks before submitting</translation>
    </message>
    <message>
        <source>Status penyimpanan</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>B&amp;uang draf…</source>
        <translation>&amp;Discard draft…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Ajukan untuk persetujuan</source>
        <translation>&amp;Submit for approval</translation>
    </message>
    <message>
        <source>Kirim ukuran &amp;asli</source>
        <translation>Send &amp;original size</translation>
    </message>
    <message>
        <source>Ganti foto yang diperkecil dengan foto aslinya, dibaca lagi dari tempat foto itu dilampirkan. Metadatanya tetap dibuang.</source>
        <translation>Replace the smaller photo with its original, read again from where it was attached. Its metadata is still removed.</translation>
    </message>
    <message>
        <source>Bagian draf</source>
        <translation>Draft sections</translation>
    </message>
    <message>
        <source>Pilih teks, lampiran, atau riwayat revisi draf.</source>
        <translation>Choose the draft&apos;s text, attachments or revision history.</translation>
    </message>
    <message>
        <source>Templat balasan yang dapat dipakai sebagai awal teks.</source>
        <translation>Reply templates to start the text from.</translation>
    </message>
    <message>
        <source>Mengganti teks atau menyisipkan templat terpilih di kursor.</source>
        <translation>Replaces the text with the chosen template or inserts it at the cursor.</translation>
    </message>
    <message>
        <source>Teks tindak lanjut untuk pelapor. Disimpan otomatis.</source>
        <translation>The follow-up text for the reporter. Saved automatically.</translation>
    </message>
    <message>
        <source>Berkas yang ikut dikirim bersama tindak lanjut ini.</source>
        <translation>Files sent with this follow-up.</translation>
    </message>
    <message>
        <source>Tambah lampiran</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>Memilih berkas untuk dilampirkan ke draf.</source>
        <translation>Chooses files to attach to the draft.</translation>
    </message>
    <message>
        <source>Hapus lampiran</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Menghapus lampiran terpilih dari draf.</source>
        <translation>Removes the selected attachment from the draft.</translation>
    </message>
    <message>
        <source>Kirim ukuran asli</source>
        <translation>Send original size</translation>
    </message>
    <message>
        <source>Revisi yang sudah diajukan; pilih satu untuk melihat perbedaannya.</source>
        <translation>Submitted revisions; choose one to see what changed.</translation>
    </message>
    <message>
        <source>Teks yang ditambah dan dihapus antara dua revisi.</source>
        <translation>Text added and removed between two revisions.</translation>
    </message>
    <message>
        <source>Buang draf</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Menghapus draf ini setelah konfirmasi.</source>
        <translation>Deletes this draft after asking.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Menutup editor; teks sudah tersimpan.</source>
        <translation>Closes the editor; the text is already saved.</translation>
    </message>
    <message>
        <source>Ajukan untuk persetujuan</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>Mengirim revisi ini ke kepala unit untuk disetujui.</source>
        <translation>Sends this revision to the head of unit for approval.</translation>
    </message>
    <message>
        <source>&amp;Gunakan templat</source>
        <translation>&amp;Use template</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter status</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Filter tenggat</source>
        <translation>Deadline filter</translation>
    </message>
    <message>
        <source>Filter kategori</source>
        <translation>Category filter</translation>
    </message>
    <message>
        <source>Filter unit</source>
        <translation>Unit filter</translation>
    </message>
    <message>
        <source>Filter petugas</source>
        <translation>Officer filter</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Filter tanggal diterima</source>
        <translation>Received date filter</translation>
    </message>
    <message>
        <source>Diterima dari tanggal</source>
        <translation>Received from date</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Diterima sampai tanggal</source>
        <translation>Received until date</translation>
    </message>
    <message>
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Hapus semua filter</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Hanya tampilkan laporan dengan status ini.</source>
        <translation>Show only cases with this status.</translation>
    </message>
    <message>
        <source>Hanya tampilkan laporan dengan keadaan tenggat ini.</source>
        <translation>Show only cases in this deadline state.</translation>
    </message>
    <message>
        <source>Hanya tampilkan laporan dalam kategori ini.</source>
        <translation>Show only cases in this category.</translation>
    </message>
    <message>
        <source>Hanya tampilkan laporan unit ini.</source>
        <translation>Show only this unit&apos;s cases.</translation>
    </message>
    <message>
        <source>Hanya tampilkan laporan petugas ini.</source>
        <translation>Show only this officer&apos;s cases.</translation>
    </message>
    <message>
        <source>Aktifkan untuk membatasi laporan menurut tanggal diterima.</source>
        <translation>Turn on to limit cases by the date received.</translation>
    </message>
    <message>
        <source>Tanggal awal laporan diterima.</source>
        <translation>First day cases were received.</translation>
    </message>
    <message>
        <source>Tanggal akhir laporan diterima.</source>
        <translation>Last day cases were received.</translation>
    </message>
    <message>
        <source>Menghapus semua filter sehingga semua laporan tampil lagi.</source>
        <translation>Clears every filter so that all cases show again.</translation>
    </message>
</context>
<context>
    <name>FirstStartGuide</name>
    <message>
        <source>Selamat datang di LAPOR Desk</source>
        <translation>Welcome to LAPOR Desk</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Pilih bahasa LAPOR Desk. Pilihan berlaku seketika dan bisa diubah nanti di Pengaturan → Preferensi.</source>
        <translation>Choose the language of LAPOR Desk. It applies at once and can be changed later in Settings → Preferences.</translation>
    </message>
    <message>
        <source>Sambungan</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Dari mana laporan unit Anda diambil.</source>
        <translation>Where your unit&apos;s cases come from.</translation>
    </message>
    <message>
        <source>LAPOR Desk mengambil laporan unit Anda dari hub SP4N-LAPOR! instansi. Alamatnya Anda dapat dari admin instansi. Belum punya? Berlatihlah dulu dengan laporan contoh.</source>
        <translation>LAPOR Desk fetches your unit&apos;s cases from your agency&apos;s SP4N-LAPOR! hub. Your agency admin gives you its address. Don&apos;t have one yet? Practise first with sample cases.</translation>
    </message>
    <message>
        <source>&amp;Hub instansi saya</source>
        <translation>My agency&apos;s &amp;hub</translation>
    </message>
    <message>
        <source>&amp;Alamat hub:</source>
        <translation>Hub &amp;address:</translation>
    </message>
    <message>
        <source>https://hub.lapor.go.id</source>
        <translation>https://hub.lapor.go.id</translation>
    </message>
    <message>
        <source>&amp;Mode pelatihan: laporan contoh di komputer ini, tanpa hub</source>
        <translation>&amp;Training mode: sample cases on this computer, no hub</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Masuk dengan akun SP4N-LAPOR! Anda. Setelah masuk, laporan unit Anda disinkronkan dan bisa dikerjakan tanpa internet.</source>
        <translation>Sign in with your SP4N-LAPOR! account. After signing in, your unit&apos;s cases are synced and can be worked on without internet.</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Mode pelatihan</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <source>Berlatih dengan laporan contoh, tanpa menyentuh data sungguhan.</source>
        <translation>Practise with sample cases, without touching real data.</translation>
    </message>
    <message>
        <source>LAPOR Desk dimulai ulang dengan hub latihan di komputer ini dan laporan contoh. Anda masuk sebagai petugas1 (kata sandi: latihan). Data kerja sungguhan tidak tersentuh. Untuk bekerja sungguhan nanti, jalankan LAPOR Desk tanpa --training.</source>
        <translation>LAPOR Desk starts again with a practice hub on this computer and sample cases. You are signed in as petugas1 (password: latihan). Real work data is not touched. To do real work later, start LAPOR Desk without --training.</translation>
    </message>
</context>
<context>
    <name>ImageMetadata</name>
    <message>
        <source>berkas JPEG terpotong sebelum akhir gambarnya</source>
        <translation>the JPEG file is cut off before the end of its picture</translation>
    </message>
    <message>
        <source>susunan berkas JPEG rusak</source>
        <translation>the JPEG file&apos;s structure is damaged</translation>
    </message>
</context>
<context>
    <name>LocalPasswordDialog</name>
    <message>
        <source>Kata sandi kunci LAPOR Desk</source>
        <translation>LAPOR Desk unlock password</translation>
    </message>
    <message>
        <source>Anda masuk lewat peramban, jadi LAPOR Desk tidak pernah melihat kata sandi hub Anda. Buat kata sandi untuk membuka kunci layar dan untuk masuk di komputer ini saat hub tidak dapat dihubungi. Kata sandi ini hanya tersimpan di komputer ini (sebagai hash), tidak dikirim ke hub.</source>
        <translation>You signed in through the browser, so LAPOR Desk never saw your hub password. Choose a password to unlock the screen and to sign in on this computer while the hub cannot be reached. It is kept only on this computer (as a hash) and never sent to the hub.</translation>
    </message>
    <message>
        <source>&amp;Kata sandi kunci:</source>
        <translation>&amp;Unlock password:</translation>
    </message>
    <message>
        <source>Kata sandi kunci</source>
        <translation>Unlock password</translation>
    </message>
    <message>
        <source>&amp;Ulangi:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Ulangi kata sandi kunci</source>
        <translation>Repeat the unlock password</translation>
    </message>
    <message>
        <source>Kata sandi untuk membuka LAPOR Desk yang terkunci di komputer ini.</source>
        <translation>The password that unlocks LAPOR Desk on this computer.</translation>
    </message>
    <message>
        <source>Ketik kata sandi yang sama sekali lagi.</source>
        <translation>Type the same password once more.</translation>
    </message>
    <message>
        <source>Tombol dialog</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <source>Simpan kata sandi atau batalkan.</source>
        <translation>Save the password or cancel.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>LAPOR Desk terkunci</source>
        <translation>LAPOR Desk is locked</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Kata sandi untuk membuka kunci</source>
        <translation>Password to unlock</translation>
    </message>
    <message>
        <source>Keterangan kunci</source>
        <translation>Lock details</translation>
    </message>
    <message>
        <source>Masuk sebagai &amp;pengguna lain</source>
        <translation>Sign in as another &amp;user</translation>
    </message>
    <message>
        <source>Keluar dari akun ini lalu masuk dengan akun lain</source>
        <translation>Sign out of this account and sign in with another one</translation>
    </message>
    <message>
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Ketik kata sandi Anda lalu tekan Enter.</source>
        <translation>Type your password, then press Enter.</translation>
    </message>
    <message>
        <source>Masuk sebagai pengguna lain</source>
        <translation>Sign in as another user</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Membuka kunci dengan kata sandi yang diketik.</source>
        <translation>Unlocks with the password typed.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk ke hub SP4N-LAPOR!</source>
        <translation>Sign in to the SP4N-LAPOR! hub</translation>
    </message>
    <message>
        <source>Masuk dengan akun SP4N-LAPOR! Anda. Setelah masuk, laporan unit Anda disinkronkan dan bisa dikerjakan tanpa internet.</source>
        <translation>Sign in with your SP4N-LAPOR! account. After signing in, your unit&apos;s cases are synced and can be worked on without internet.</translation>
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
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Siapa yang bekerja di LAPOR Desk ini?</source>
        <translation>&amp;Who is working at this LAPOR Desk?</translation>
    </message>
    <message>
        <source>Pengguna LAPOR Desk ini</source>
        <translation>People who use this LAPOR Desk</translation>
    </message>
    <message>
        <source>Pilih nama Anda, lalu isi kata sandi. Pilih Orang lain untuk masuk pertama kali.</source>
        <translation>Choose your name, then enter your password. Choose Someone else to sign in for the first time.</translation>
    </message>
    <message>
        <source>Alamat https hub instansi Anda, misalnya https://hub.instansi.go.id.</source>
        <translation>The https address of your agency&apos;s hub, for example https://hub.instansi.go.id.</translation>
    </message>
    <message>
        <source>Nama pengguna akun LAPOR! Anda.</source>
        <translation>The user name of your LAPOR! account.</translation>
    </message>
    <message>
        <source>Kata sandi akun LAPOR! Anda.</source>
        <translation>The password of your LAPOR! account.</translation>
    </message>
    <message>
        <source>Tombol dialog</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <source>Masuk atau batalkan.</source>
        <translation>Sign in or cancel.</translation>
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
    <message>
        <source>Tampilan laporan</source>
        <translation>Case views</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Tampilkan filter</source>
        <translation>Show filters</translation>
    </message>
    <message>
        <source>Filter laporan</source>
        <translation>Case filters</translation>
    </message>
    <message>
        <source>Tampilkan &amp;filter</source>
        <translation>Show filt&amp;ers</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Hapus filter dan pencarian</source>
        <translation>&amp;Clear filters and search</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Ke &amp;daftar laporan</source>
        <translation>Go to case &amp;list</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Buka laporan terpilih</source>
        <translation>&amp;Open selected case</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>&amp;Simpan sebagai tampilan…</source>
        <translation>&amp;Save as view…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Ganti nama tampilan…</source>
        <translation>&amp;Rename view…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Hapus &amp;tampilan</source>
        <translation>&amp;Delete view</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Tampilan bawaan dan tampilan yang Anda simpan.</source>
        <translation>Built-in views and the views you saved.</translation>
    </message>
    <message>
        <source>Cari judul, isi laporan dan tindak lanjut saat Anda mengetik.</source>
        <translation>Searches titles, complaints and follow-ups as you type.</translation>
    </message>
    <message>
        <source>Menampilkan atau menyembunyikan baris filter.</source>
        <translation>Shows or hides the filter row.</translation>
    </message>
    <message>
        <source>Filter status, tenggat, kategori, unit, petugas dan tanggal.</source>
        <translation>Filters by status, deadline, category, unit, officer and date.</translation>
    </message>
    <message>
        <source>Laporan yang cocok dengan pencarian dan filter. Tekan Enter untuk membuka.</source>
        <translation>Cases matching the search and filters. Press Enter to open one.</translation>
    </message>
    <message>
        <source>Atur alamat hub</source>
        <translation>Set the hub address</translation>
    </message>
    <message>
        <source>Membuka Pengaturan untuk mengisi alamat hub.</source>
        <translation>Opens Preferences to enter the hub address.</translation>
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
        <translation>Outbox summary</translation>
    </message>
    <message>
        <source>Tampilkan yang sudah &amp;terkirim/dibuang</source>
        <translation>Show sen&amp;t/discarded</translation>
    </message>
    <message>
        <source>&amp;Kirim sekarang</source>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <source>Kotak keluar</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Keterangan tindakan terpilih</source>
        <translation>Details of the selected action</translation>
    </message>
    <message>
        <source>&amp;Buka laporan</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>&amp;Coba lagi</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Tinjau keadaan kasus dan kirim &amp;ulang</source>
        <translation>Review case state and send &amp;again</translation>
    </message>
    <message>
        <source>B&amp;uang…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>Tampilkan yang sudah terkirim atau dibuang</source>
        <translation>Show sent or discarded actions</translation>
    </message>
    <message>
        <source>Menampilkan juga tindakan yang sudah selesai.</source>
        <translation>Also shows actions that are finished.</translation>
    </message>
    <message>
        <source>Kirim sekarang</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Mengirim semua tindakan yang menunggu ke hub.</source>
        <translation>Sends every waiting action to the hub.</translation>
    </message>
    <message>
        <source>Tindakan yang menunggu dikirim, gagal, atau bentrok.</source>
        <translation>Actions waiting to be sent, failed, or in conflict.</translation>
    </message>
    <message>
        <source>Membuka laporan dari tindakan terpilih.</source>
        <translation>Opens the case of the selected action.</translation>
    </message>
    <message>
        <source>Mengirim lagi tindakan terpilih yang gagal.</source>
        <translation>Sends the selected failed action again.</translation>
    </message>
    <message>
        <source>Membandingkan dengan keadaan laporan di hub sebelum mengirim ulang.</source>
        <translation>Compares with the case as it is on the hub before sending again.</translation>
    </message>
    <message>
        <source>Membuang tindakan terpilih setelah konfirmasi; tidak dikirim ke hub.</source>
        <translation>Discards the selected action after asking; it is not sent to the hub.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Catatan yang tidak dapat dibaca</source>
        <translation>Records that could not be read</translation>
    </message>
    <message>
        <source>Catatan ini dikirim hub tetapi tidak dapat dibaca atau disimpan oleh LAPOR Desk. Sinkronisasi tetap berjalan; versi yang lebih baru dari catatan yang sama akan menggantikannya. Salin rinciannya dan kirimkan kepada admin instansi.</source>
        <translation>The hub sent these records, but LAPOR Desk could not read or store them. Syncing goes on; a newer version of the same record replaces it. Copy the details and send them to your agency&apos;s administrator.</translation>
    </message>
    <message>
        <source>Rincian catatan yang tidak dapat dibaca</source>
        <translation>Details of the records that could not be read</translation>
    </message>
    <message>
        <source>&amp;Salin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Salin semua rincian ke papan klip</source>
        <translation>Copy all details to the clipboard</translation>
    </message>
    <message>
        <source>Catatan dari hub yang disisihkan, tanpa identitas pelapor.</source>
        <translation>Records from the hub that were set aside, without the reporter&apos;s identity.</translation>
    </message>
    <message>
        <source>Salin rincian</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Tombol dialog</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <source>Menutup jendela ini.</source>
        <translation>Closes this window.</translation>
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
        <source>Sertifikat &amp;CA tambahan:</source>
        <translation>Additional &amp;CA certificate:</translation>
    </message>
    <message>
        <source>(tidak ada: hanya CA sistem)</source>
        <translation>(none: system CAs only)</translation>
    </message>
    <message>
        <source>Berkas sertifikat CA tambahan</source>
        <translation>Additional CA certificate file</translation>
    </message>
    <message>
        <source>&amp;Pilih…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <source>Pilih berkas sertifikat CA</source>
        <translation>Choose CA certificate file</translation>
    </message>
    <message>
        <source>Batas &amp;waktu permintaan:</source>
        <translation>Request &amp;timeout:</translation>
    </message>
    <message>
        <source> detik</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Batas waktu permintaan dalam detik</source>
        <translation>Request timeout in seconds</translation>
    </message>
    <message>
        <source>Sinkron &amp;otomatis setiap:</source>
        <translation>Sync &amp;automatically every:</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Selang sinkron otomatis dalam menit</source>
        <translation>Automatic sync interval in minutes</translation>
    </message>
    <message>
        <source>&amp;Lampiran diunduh di muka:</source>
        <translation>&amp;Prefetch attachments up to:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Batas ukuran lampiran yang diunduh di muka, dalam MB</source>
        <translation>Size limit for prefetched attachments, in MB</translation>
    </message>
    <message>
        <source>Data di komputer ini</source>
        <translation>Data on this computer</translation>
    </message>
    <message>
        <source>Hapus laporan yang sudah &amp;ditutup setelah:</source>
        <translation>Delete &amp;closed reports after:</translation>
    </message>
    <message>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Simpan selamanya</source>
        <translation>Keep forever</translation>
    </message>
    <message>
        <source>Lama laporan yang sudah ditutup disimpan, dalam bulan</source>
        <translation>How long closed reports are kept, in months</translation>
    </message>
    <message>
        <source>Laporan berstatus Selesai, Arsip atau Bukan Wewenang yang tidak berubah selama itu dihapus dari komputer ini beserta lampirannya setelah sinkron; hub tetap menyimpannya. Laporan dengan draf terbuka atau tindakan yang belum terkirim tidak dihapus.</source>
        <translation>Reports that are Done, Archived or Not our authority and have not changed for that long are deleted from this computer, with their attachments, after a sync; the hub keeps them. Reports with an open draft or an action not yet sent are never deleted.</translation>
    </message>
    <message>
        <source>&amp;Kunci bila tidak dipakai:</source>
        <translation>&amp;Lock when unused for:</translation>
    </message>
    <message>
        <source>tidak pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Kunci LAPOR Desk setelah sekian menit tidak dipakai; 0 berarti tidak pernah</source>
        <translation>Lock LAPOR Desk after this many minutes without use; 0 means never</translation>
    </message>
    <message>
        <source>Alamat hub diberikan oleh admin instansi Anda. Hanya alamat https yang diterima, kecuali hub pelatihan di komputer ini. Sertifikat CA tambahan (PEM) hanya perlu bila hub instansi memakai CA pemerintah yang tidak dikenal sistem. Lampiran diunduh di muka setelah sinkron selama ukurannya masih dalam batas; 0 berarti hanya saat dibuka. LAPOR Desk terkunci sendiri bila papan ketik dan tetikus tidak dipakai selama waktu yang diatur; membukanya memerlukan kata sandi Anda.</source>
        <translation>Your agency&apos;s admin gives you the hub address. Only https addresses are accepted, except for a training hub on this computer. An additional CA certificate (PEM) is only needed if your agency&apos;s hub uses a government CA that the system does not know. After a sync, attachments are downloaded in advance as long as their size is within the limit; 0 means only when opened. LAPOR Desk locks itself when the keyboard and mouse have not been used for the time set; unlocking it takes your password.</translation>
    </message>
    <message>
        <source>Pin kunci hub (&amp;SHA-256):</source>
        <translation>Hub key pin (&amp;SHA-256):</translation>
    </message>
    <message>
        <source>(tidak ada: sertifikat apa pun yang dipercaya CA)</source>
        <translation>(none: any certificate the CAs trust)</translation>
    </message>
    <message>
        <source>Pin SHA-256 kunci publik sertifikat hub</source>
        <translation>SHA-256 pin of the hub certificate&apos;s public key</translation>
    </message>
    <message>
        <source>Base64 dari SHA-256 kunci publik sertifikat hub (seperti pin-sha256). Dapatkan dari admin instansi Anda.</source>
        <translation>Base64 of the SHA-256 of the hub certificate&apos;s public key (as pin-sha256). Get it from your agency&apos;s admin.</translation>
    </message>
    <message>
        <source>&amp;Foto draf paling besar:</source>
        <translation>Draft photo si&amp;ze at most:</translation>
    </message>
    <message>
        <source> piksel sisi terpanjang</source>
        <translation> pixels on the longest side</translation>
    </message>
    <message>
        <source>Sisi terpanjang foto yang dilampirkan ke draf, dalam piksel</source>
        <translation>Longest side of photos attached to a draft, in pixels</translation>
    </message>
    <message>
        <source>Foto yang lebih besar diperkecil saat dilampirkan ke draf agar cepat terkirim. Foto yang sudah lebih kecil tidak diubah.</source>
        <translation>Larger photos are made smaller when attached to a draft so that they are sent quickly. Photos that are already smaller are not changed.</translation>
    </message>
    <message>
        <source>&amp;Mutu foto JPEG yang diperkecil:</source>
        <translation>JPEG &amp;quality of smaller photos:</translation>
    </message>
    <message>
        <source>Mutu JPEG foto draf yang diperkecil, 50 sampai 100</source>
        <translation>JPEG quality of draft photos made smaller, 50 to 100</translation>
    </message>
    <message>
        <source>Makin tinggi, makin tajam dan makin besar berkasnya. Foto PNG diperkecil tanpa mengurangi mutu.</source>
        <translation>The higher, the sharper and the larger the file. PNG photos are made smaller without losing quality.</translation>
    </message>
    <message>
        <source>Unduh lampiran hanya pada koneksi tanpa kuota</source>
        <translation>Download attachments only on an unmetered connection</translation>
    </message>
    <message>
        <source>Pada koneksi berkuota (misalnya paket data ponsel) lampiran tidak diunduh di muka. Lampiran yang Anda buka sendiri tetap diunduh.</source>
        <translation>On a metered connection (a phone&apos;s data plan, for example) attachments are not downloaded ahead. Attachments you open yourself are still downloaded.</translation>
    </message>
    <message>
        <source>Bahasa tampilan LAPOR Desk.</source>
        <translation>The language LAPOR Desk is shown in.</translation>
    </message>
    <message>
        <source>Alamat https hub instansi Anda.</source>
        <translation>The https address of your agency&apos;s hub.</translation>
    </message>
    <message>
        <source>Berkas PEM CA instansi bila hub memakai sertifikat instansi; boleh kosong.</source>
        <translation>The agency&apos;s CA file (PEM) when the hub uses the agency&apos;s certificate; may be empty.</translation>
    </message>
    <message>
        <source>Memilih berkas sertifikat CA dari disk.</source>
        <translation>Chooses the CA certificate file from disk.</translation>
    </message>
    <message>
        <source>Berapa lama menunggu jawaban hub sebelum mencoba lagi.</source>
        <translation>How long to wait for the hub&apos;s answer before trying again.</translation>
    </message>
    <message>
        <source>Seberapa sering LAPOR Desk sinkron sendiri.</source>
        <translation>How often LAPOR Desk syncs by itself.</translation>
    </message>
    <message>
        <source>Lampiran yang lebih besar diunduh hanya saat dibuka.</source>
        <translation>Larger attachments are downloaded only when opened.</translation>
    </message>
    <message>
        <source>Setelah sekian menit tanpa dipakai, LAPOR Desk meminta kata sandi.</source>
        <translation>After this many minutes unused, LAPOR Desk asks for the password.</translation>
    </message>
    <message>
        <source>Penyimpanan laporan</source>
        <translation>Keeping cases</translation>
    </message>
    <message>
        <source>Berapa lama laporan yang sudah ditutup disimpan di komputer ini.</source>
        <translation>How long closed cases are kept on this computer.</translation>
    </message>
    <message>
        <source>Laporan yang sudah ditutup lebih lama dari ini dihapus dari komputer ini.</source>
        <translation>Cases closed longer ago than this are removed from this computer.</translation>
    </message>
    <message>
        <source>Tombol dialog</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <source>Simpan pengaturan atau batalkan.</source>
        <translation>Save the preferences or cancel.</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Catatan sinkronisasi</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <source>Sinkron sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Rincian catatan yang tidak terbaca…</source>
        <translation>Details of unreadable records…</translation>
    </message>
    <message>
        <source>Data yang dikirim dan diterima:</source>
        <translation>Data sent and received:</translation>
    </message>
    <message>
        <source>Data yang dikirim dan diterima per hari dan per sinkronisasi</source>
        <translation>Data sent and received per day and per sync</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Apa yang terjadi pada sinkronisasi terakhir, dengan rinciannya.</source>
        <translation>What happened in the last syncs, with the details.</translation>
    </message>
    <message>
        <source>Ukuran data per hari; buka satu hari untuk melihat tiap sinkronisasi.</source>
        <translation>Data sizes per day; expand a day to see each sync.</translation>
    </message>
    <message>
        <source>Mulai sinkronisasi dengan hub sekarang.</source>
        <translation>Starts a sync with the hub now.</translation>
    </message>
    <message>
        <source>Rincian catatan yang tidak terbaca</source>
        <translation>Details of unreadable records</translation>
    </message>
    <message>
        <source>Menampilkan catatan dari hub yang disisihkan karena tidak dapat dibaca.</source>
        <translation>Shows the records from the hub that were set aside because they could not be read.</translation>
    </message>
    <message>
        <source>Tombol dialog</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <source>Menutup catatan sinkronisasi.</source>
        <translation>Closes the sync log.</translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;Views</translation>
    </message>
    <message>
        <source>Daftar tampilan</source>
        <translation>View list</translation>
    </message>
    <message>
        <source>Simpan tampilan…</source>
        <translation>Save view…</translation>
    </message>
    <message>
        <source>Simpan filter dan pencarian saat ini sebagai tampilan bernama (Ctrl+S)</source>
        <translation>Save the current filters and search as a named view (Ctrl+S)</translation>
    </message>
    <message>
        <source>Simpan tampilan</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Pilih tampilan untuk menyaring daftar laporan.</source>
        <translation>Choose a view to filter the case list.</translation>
    </message>
</context>
<context>
    <name>lapor::Accessible</name>
    <message>
        <source>Menyimpan isian lalu menutup jendela ini.</source>
        <translation>Saves what was entered and closes this window.</translation>
    </message>
    <message>
        <source>Menutup jendela ini.</source>
        <translation>Closes this window.</translation>
    </message>
    <message>
        <source>Menutup jendela ini tanpa menyimpan perubahan.</source>
        <translation>Closes this window without saving changes.</translation>
    </message>
    <message>
        <source>Menjalankan tindakan ini.</source>
        <translation>Carries out this action.</translation>
    </message>
    <message>
        <source>Menggeser deretan tab yang tidak muat.</source>
        <translation>Scrolls the tabs that do not fit.</translation>
    </message>
    <message>
        <source>Tindakan lainnya</source>
        <translation>More actions</translation>
    </message>
    <message>
        <source>Menampilkan tindakan yang tidak muat di bilah ini.</source>
        <translation>Shows the actions that do not fit on this bar.</translation>
    </message>
    <message>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Mengosongkan isian ini.</source>
        <translation>Clears this field.</translation>
    </message>
</context>
<context>
    <name>lapor::ActionWriter</name>
    <message>
        <source>Masuk ke hub sekali terlebih dahulu agar draf tercatat atas nama Anda.</source>
        <translation>Sign in to the hub once first so that drafts are recorded under your name.</translation>
    </message>
    <message>
        <source>Peran Anda tidak dapat menulis draf tindak lanjut.</source>
        <translation>Your role cannot write follow-up drafts.</translation>
    </message>
    <message>
        <source>Teks draf terlalu panjang (maksimal %1 karakter).</source>
        <translation>The draft text is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Laporan %1 tidak ada di unit Anda.</source>
        <translation>Case %1 is not in your unit.</translation>
    </message>
    <message>
        <source>Laporan %1 sudah ditutup; draf baru tidak dapat dibuat.</source>
        <translation>Case %1 is already closed; no new draft can be created.</translation>
    </message>
    <message>
        <source>Draf tidak dapat disimpan: %1</source>
        <translation>The draft cannot be saved: %1</translation>
    </message>
    <message>
        <source>Draf tidak ditemukan.</source>
        <translation>Draft not found.</translation>
    </message>
    <message>
        <source>Hanya penulis draf yang dapat mengubahnya.</source>
        <translation>Only the draft&apos;s author can change it.</translation>
    </message>
    <message>
        <source>Draf ini sudah %1 dan tidak dapat diubah lagi.</source>
        <translation>This draft&apos;s status is %1; it can no longer be changed.</translation>
    </message>
    <message>
        <source>Penulis mengubah draf setelah persetujuan ini; revisi baru perlu ditinjau.</source>
        <translation>The author changed the draft after this approval; the new revision needs review.</translation>
    </message>
    <message>
        <source>Lampiran %1 tidak dapat dibaca.</source>
        <translation>The attachment %1 cannot be read.</translation>
    </message>
    <message>
        <source>Hanya penulis draf yang dapat mengajukannya.</source>
        <translation>Only the draft&apos;s author can submit it.</translation>
    </message>
    <message>
        <source>Peran Anda tidak dapat mengajukan draf.</source>
        <translation>Your role cannot submit drafts.</translation>
    </message>
    <message>
        <source>Draf berstatus %1 tidak dapat diajukan.</source>
        <translation>A draft with status %1 cannot be submitted.</translation>
    </message>
    <message>
        <source>Draf ini berkonflik. Tinjau keadaan laporan lalu pilih ajukan ulang atau buang.</source>
        <translation>This draft has a conflict. Review the case state, then choose to resubmit or discard.</translation>
    </message>
    <message>
        <source>Draf masih kosong.</source>
        <translation>The draft is empty.</translation>
    </message>
    <message>
        <source>Laporan ini sudah tidak berada di unit Anda.</source>
        <translation>This case is no longer in your unit.</translation>
    </message>
    <message>
        <source>Draf tidak dapat diajukan: %1</source>
        <translation>The draft cannot be submitted: %1</translation>
    </message>
    <message>
        <source>Tuliskan alasan pengembalian untuk penulis draf.</source>
        <translation>Write the reason for returning the draft to its author.</translation>
    </message>
    <message>
        <source>Komentar terlalu panjang (maksimal %1 karakter).</source>
        <translation>The comment is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Hanya kepala unit yang dapat menyetujui atau mengembalikan draf.</source>
        <translation>Only a head of unit can approve or return drafts.</translation>
    </message>
    <message>
        <source>Anda tidak dapat memutuskan draf Anda sendiri; draf ini harus diperiksa pejabat lain.</source>
        <translation>You cannot decide on your own draft; another official must review it.</translation>
    </message>
    <message>
        <source>Draf ini tidak sedang menunggu persetujuan (status: %1).</source>
        <translation>This draft is not awaiting approval (status: %1).</translation>
    </message>
    <message>
        <source>Revisi %1 sudah tidak berlaku; yang menunggu persetujuan adalah revisi %2.</source>
        <translation>Revision %1 is out of date; revision %2 is the one awaiting approval.</translation>
    </message>
    <message>
        <source>Digantikan oleh keputusan baru atas revisi %1.</source>
        <translation>Superseded by a new decision on revision %1.</translation>
    </message>
    <message>
        <source>Keputusan tidak dapat disimpan: %1</source>
        <translation>The decision cannot be saved: %1</translation>
    </message>
    <message>
        <source>Pilih unit tujuan disposisi.</source>
        <translation>Choose the unit to forward to.</translation>
    </message>
    <message>
        <source>Laporan ini sudah berada di unit tersebut.</source>
        <translation>This case is already in that unit.</translation>
    </message>
    <message>
        <source>Laporan yang sudah ditutup tidak dapat didisposisikan.</source>
        <translation>A closed case cannot be forwarded.</translation>
    </message>
    <message>
        <source>Catatan terlalu panjang (maksimal %1 karakter).</source>
        <translation>The note is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Unit %1 tidak dikenal.</source>
        <translation>Unknown unit %1.</translation>
    </message>
    <message>
        <source>Disposisi tidak dapat disimpan: %1</source>
        <translation>The forwarding cannot be saved: %1</translation>
    </message>
    <message>
        <source>Mengembalikan laporan sebagai bukan wewenang memerlukan kepala unit.</source>
        <translation>Returning a case as not our authority requires a head of unit.</translation>
    </message>
    <message>
        <source>Alasan harus %1 sampai %2 karakter.</source>
        <translation>The reason must be %1 to %2 characters long.</translation>
    </message>
    <message>
        <source>Laporan berstatus %1 tidak dapat dikembalikan sebagai bukan wewenang.</source>
        <translation>A case with status %1 cannot be returned as not our authority.</translation>
    </message>
    <message>
        <source>Pengembalian tidak dapat disimpan: %1</source>
        <translation>The return cannot be saved: %1</translation>
    </message>
    <message>
        <source>Catatan masih kosong.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>Catatan tidak dapat disimpan: %1</source>
        <translation>The note cannot be saved: %1</translation>
    </message>
    <message>
        <source>Hanya penulis draf yang dapat mengajukannya ulang.</source>
        <translation>Only the draft&apos;s author can resubmit it.</translation>
    </message>
    <message>
        <source>Laporan ini sudah tidak berada di unit Anda; draf hanya dapat disimpan sebagai arsip atau dibuang.</source>
        <translation>This case is no longer in your unit; the draft can only be kept as a record or discarded.</translation>
    </message>
    <message>
        <source>Draf berstatus %1 tidak dapat diajukan ulang.</source>
        <translation>A draft with status %1 cannot be resubmitted.</translation>
    </message>
    <message>
        <source>Konflik ditinjau; draf diajukan ulang.</source>
        <translation>Conflict reviewed; draft resubmitted.</translation>
    </message>
    <message>
        <source>Draf tidak dapat diajukan ulang: %1</source>
        <translation>The draft cannot be resubmitted: %1</translation>
    </message>
    <message>
        <source>Hanya penulis draf yang dapat membuangnya.</source>
        <translation>Only the draft&apos;s author can discard it.</translation>
    </message>
    <message>
        <source>Draf yang sudah terbit tidak dapat dibuang.</source>
        <translation>A published draft cannot be discarded.</translation>
    </message>
    <message>
        <source>Draf dibuang oleh penulis.</source>
        <translation>Draft discarded by its author.</translation>
    </message>
    <message>
        <source>Draf tidak dapat dibuang: %1</source>
        <translation>The draft cannot be discarded: %1</translation>
    </message>
</context>
<context>
    <name>lapor::ApprovalView</name>
    <message>
        <source>Setujui revisi</source>
        <translation>Approve revision</translation>
    </message>
    <message>
        <source>Kembalikan ke penulis</source>
        <translation>Return to author</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tidak ada draf yang menunggu persetujuan pada laporan #%1.</source>
        <translation>No draft is awaiting approval for case #%1.</translation>
    </message>
    <message>
        <source>Draf tidak ditemukan.</source>
        <translation>Draft not found.</translation>
    </message>
    <message>
        <source>Tinjau draf · laporan #%1</source>
        <translation>Review draft · case #%1</translation>
    </message>
    <message>
        <source> · Anonim</source>
        <translation> · Anonymous</translation>
    </message>
    <message>
        <source>Revisi %1 oleh %2, diajukan %3 · status: %4</source>
        <translation>Revision %1 by %2, submitted %3 · status: %4</translation>
    </message>
    <message>
        <source>Dibandingkan dengan revisi %1 (hijau: ditambahkan, merah dicoret: dihapus).</source>
        <translation>Compared with revision %1 (green: added, red struck through: removed).</translation>
    </message>
    <message>
        <source>Revisi pertama: seluruh teks baru.</source>
        <translation>First revision: all text is new.</translation>
    </message>
    <message>
        <source>&amp;Setujui revisi %1</source>
        <translation>&amp;Approve revision %1</translation>
    </message>
    <message>
        <source>Tidak ada draf yang ditinjau.</source>
        <translation>No draft under review.</translation>
    </message>
    <message>
        <source>Hanya kepala unit yang dapat menyetujui atau mengembalikan draf.</source>
        <translation>Only a head of unit can approve or return drafts.</translation>
    </message>
    <message>
        <source>Ini draf Anda sendiri. Draf harus disetujui pejabat lain (prinsip empat mata).</source>
        <translation>This is your own draft. It must be approved by another official (four-eyes principle).</translation>
    </message>
    <message>
        <source>Penulis draf tidak diketahui; draf ini tidak dapat diputuskan.</source>
        <translation>The draft&apos;s author is unknown; no decision can be made on this draft.</translation>
    </message>
    <message>
        <source>Draf ini tidak sedang menunggu persetujuan (status: %1).</source>
        <translation>This draft is not awaiting approval (status: %1).</translation>
    </message>
    <message>
        <source>Menyetujui tepat revisi %1 yang tampil di sini.</source>
        <translation>Approves exactly revision %1 as shown here.</translation>
    </message>
    <message>
        <source>Mengembalikan draf ke penulis dengan komentar Anda.</source>
        <translation>Returns the draft to its author with your comment.</translation>
    </message>
    <message>
        <source>Tulis komentar untuk penulis terlebih dahulu.</source>
        <translation>Write a comment for the author first.</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Kembalikan draf</source>
        <translation>Return draft</translation>
    </message>
    <message>
        <source>Persetujuan tidak dapat disimpan; draf tetap menunggu keputusan Anda.</source>
        <translation>The approval could not be saved; the draft still awaits your decision.</translation>
    </message>
    <message>
        <source>Pengembalian tidak dapat disimpan; draf tetap menunggu keputusan Anda.</source>
        <translation>Returning the draft could not be saved; the draft still awaits your decision.</translation>
    </message>
</context>
<context>
    <name>lapor::AttachmentFetcher</name>
    <message>
        <source>Lampiran ini memiliki pengenal yang tidak sah dan tidak diunduh.</source>
        <translation>This attachment has an invalid identifier and was not downloaded.</translation>
    </message>
    <message>
        <source>Folder lampiran di profil tidak dapat dibuat.</source>
        <translation>The attachment folder in the profile cannot be created.</translation>
    </message>
    <message>
        <source>Hub mengirim bagian lampiran yang tidak diminta.</source>
        <translation>The hub sent an attachment part that was not requested.</translation>
    </message>
    <message>
        <source>Lampiran dari hub lebih besar dari ukuran yang dicatat.</source>
        <translation>The attachment from the hub is larger than its recorded size.</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat disimpan (%1). Periksa ruang kosong di disk.</source>
        <translation>The attachment cannot be saved (%1). Check the free disk space.</translation>
    </message>
    <message>
        <source>Hub menghentikan unduhan lampiran sebelum selesai.</source>
        <translation>The hub stopped the attachment download before it finished.</translation>
    </message>
    <message>
        <source>Lampiran yang diunduh tidak dapat dibaca kembali.</source>
        <translation>The downloaded attachment cannot be read back.</translation>
    </message>
    <message>
        <source>Lampiran rusak dalam perjalanan (checksum tidak cocok) dan dibuang; unduh ulang.</source>
        <translation>The attachment was corrupted in transit (checksum mismatch) and was discarded; download it again.</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat disimpan: %1</source>
        <translation>The attachment cannot be saved: %1</translation>
    </message>
    <message>
        <source>Lampiran tersimpan tetapi tidak tercatat di basis data lokal.</source>
        <translation>The attachment was saved but not recorded in the local database.</translation>
    </message>
</context>
<context>
    <name>lapor::BrowserSignIn</name>
    <message>
        <source>Waktu masuk lewat peramban habis. Coba lagi.</source>
        <translation>The browser sign-in timed out. Try again.</translation>
    </message>
    <message>
        <source>Tidak dapat menunggu jawaban peramban: %1</source>
        <translation>Cannot wait for the browser&apos;s answer: %1</translation>
    </message>
    <message>
        <source>Peramban tidak dapat dibuka. Buka alamat ini sendiri: %1</source>
        <translation>The browser could not be opened. Open this address yourself: %1</translation>
    </message>
    <message>
        <source>Masuk dibatalkan di peramban.</source>
        <translation>Sign-in was cancelled in the browser.</translation>
    </message>
    <message>
        <source>Hub menolak permintaan masuk (%1).</source>
        <translation>The hub refused the sign-in request (%1).</translation>
    </message>
</context>
<context>
    <name>lapor::CaseActionController</name>
    <message>
        <source>Kotak keluar</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>&amp;Kotak keluar</source>
        <translation>O&amp;utbox</translation>
    </message>
    <message>
        <source>&amp;Ganti pengguna…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>Revisi %1 untuk laporan #%2 diajukan untuk persetujuan.</source>
        <translation>Revision %1 for case #%2 submitted for approval.</translation>
    </message>
    <message>
        <source>Draf untuk laporan #%1 dibuang.</source>
        <translation>Draft for case #%1 discarded.</translation>
    </message>
    <message>
        <source>Revisi %1 laporan #%2 disetujui.</source>
        <translation>Revision %1 of case #%2 approved.</translation>
    </message>
    <message>
        <source>Revisi %1 laporan #%2 dikembalikan ke penulis.</source>
        <translation>Revision %1 of case #%2 returned to the author.</translation>
    </message>
    <message>
        <source>Disposisi laporan #%1 disimpan dan akan dikirim ke hub.</source>
        <translation>Forwarding of case #%1 saved; it will be sent to the hub.</translation>
    </message>
    <message>
        <source>Laporan #%1 dikembalikan sebagai bukan wewenang; menunggu dikirim.</source>
        <translation>Case #%1 returned as not our authority; waiting to be sent.</translation>
    </message>
    <message>
        <source>Catatan internal untuk laporan #%1 disimpan.</source>
        <translation>Internal note for case #%1 saved.</translation>
    </message>
    <message>
        <source>Tidak ada revisi baru yang menunggu; buang keputusan lama ini.</source>
        <translation>No new revision is waiting; discard this old decision.</translation>
    </message>
    <message>
        <source>Kirim ulang</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Laporan #%1 sudah ditampilkan dengan keadaan terbarunya. Kirim ulang tindakan ini?</source>
        <translation>Case #%1 is now shown in its latest state. Send this action again?</translation>
    </message>
    <message>
        <source>Tindakan dikirim ulang.</source>
        <translation>Action sent again.</translation>
    </message>
    <message>
        <source>Kirim semua tindakan yang menunggu ke hub.</source>
        <translation>Send all pending actions to the hub.</translation>
    </message>
    <message>
        <source>Masuk ke hub terlebih dahulu.</source>
        <translation>Sign in to the hub first.</translation>
    </message>
    <message>
        <source>Tautkan laporan</source>
        <translation>Link case</translation>
    </message>
    <message>
        <source>Laporan #%1 dicatat sebagai duplikat dari #%2; catatan internal menunggu dikirim.</source>
        <translation>Case #%1 recorded as a duplicate of #%2; the internal note is waiting to be sent.</translation>
    </message>
    <message>
        <source>Laporan #%1 dicatat terkait dengan #%2; catatan internal menunggu dikirim.</source>
        <translation>Case #%1 recorded as related to #%2; the internal note is waiting to be sent.</translation>
    </message>
    <message>
        <source>Draf dimulai dari jawaban laporan #%1. Periksa dan sesuaikan untuk pelapor ini.</source>
        <translation>Draft started from the answer to case #%1. Check it and adapt it to this reporter.</translation>
    </message>
    <message>
        <source>Nota dinas %1 dibuat.</source>
        <translation>Memo (nota dinas) %1 made.</translation>
    </message>
    <message>
        <source>Nota dinas belum dibuat: %1</source>
        <translation>The memo (nota dinas) was not made: %1</translation>
    </message>
    <message>
        <source>Tautan tidak dapat disimpan.</source>
        <translation>The link could not be saved.</translation>
    </message>
    <message>
        <source>Tindakan ini tidak dapat dijadwalkan ulang.</source>
        <translation>This action could not be scheduled again.</translation>
    </message>
</context>
<context>
    <name>lapor::CaseActionDialog</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Teruskan laporan #%1</source>
        <translation>Forward case #%1</translation>
    </message>
    <message>
        <source>Disposisi laporan ke unit lain di instansi Anda. Unit tujuan mendapat tenggat tindak lanjut 5 hari kerja yang baru.</source>
        <translation>Forward the case to another unit in your agency. The target unit gets a new follow-up deadline of 5 working days.</translation>
    </message>
    <message>
        <source>Catatan untuk unit tujuan (boleh kosong):</source>
        <translation>Note for the target unit (optional):</translation>
    </message>
    <message>
        <source>Catatan disposisi</source>
        <translation>Forwarding note</translation>
    </message>
    <message>
        <source>Teruskan</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Bukan wewenang · laporan #%1</source>
        <translation>Not our authority · case #%1</translation>
    </message>
    <message>
        <source>Laporan dikembalikan ke admin nasional karena bukan wewenang instansi Anda. Tuliskan alasannya dan, bila tahu, instansi yang berwenang.</source>
        <translation>The case is returned to the national admin because it is not within your agency&apos;s authority. Write the reason and, if you know it, the agency that is responsible.</translation>
    </message>
    <message>
        <source>Alasan (minimal %1 karakter):</source>
        <translation>Reason (at least %1 characters):</translation>
    </message>
    <message>
        <source>Alasan bukan wewenang</source>
        <translation>Reason it is not our authority</translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Catatan internal · laporan #%1</source>
        <translation>Internal note · case #%1</translation>
    </message>
    <message>
        <source>Catatan internal hanya terlihat oleh petugas instansi, tidak oleh pelapor.</source>
        <translation>Internal notes are visible only to agency officers, not to the reporter.</translation>
    </message>
    <message>
        <source>Catatan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Catatan internal</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Simpan catatan</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>Menyimpan tindakan ini; tindakan dikirim ke hub saat sinkron.</source>
        <translation>Saves this action; it is sent to the hub with the next sync.</translation>
    </message>
    <message>
        <source>Tindakan ini tidak dapat disimpan; coba lagi.</source>
        <translation>This action could not be saved; try again.</translation>
    </message>
</context>
<context>
    <name>lapor::CaseActions</name>
    <message>
        <source>Tulis tindak lanjut</source>
        <translation>Write follow-up</translation>
    </message>
    <message>
        <source>Tinjau draf</source>
        <translation>Review draft</translation>
    </message>
    <message>
        <source>Teruskan</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Bukan wewenang</source>
        <translation>Not our authority</translation>
    </message>
    <message>
        <source>Catatan internal</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Tandai belum dibaca</source>
        <translation>Mark as unread</translation>
    </message>
    <message>
        <source>Laporan ini sudah tidak ada di unit Anda.</source>
        <translation>This case is no longer in your unit.</translation>
    </message>
    <message>
        <source>Tindak lanjut hanya untuk laporan yang sedang ditangani.</source>
        <translation>Follow-ups are only for cases that are being handled.</translation>
    </message>
    <message>
        <source>Ada draf yang sedang menunggu persetujuan.</source>
        <translation>A draft is already awaiting approval.</translation>
    </message>
    <message>
        <source>Draf Anda sendiri disetujui oleh kepala unit lain.</source>
        <translation>Your own draft must be approved by another head of unit.</translation>
    </message>
    <message>
        <source>Tidak ada draf yang menunggu persetujuan Anda.</source>
        <translation>No draft is awaiting your approval.</translation>
    </message>
    <message>
        <source>Laporan dengan status ini tidak dapat diteruskan.</source>
        <translation>Cases with this status cannot be forwarded.</translation>
    </message>
    <message>
        <source>Hanya laporan yang sedang ditangani yang dapat dikembalikan.</source>
        <translation>Only cases that are being handled can be returned.</translation>
    </message>
    <message>
        <source>Laporan sudah diarsipkan.</source>
        <translation>The case has been archived.</translation>
    </message>
</context>
<context>
    <name>lapor::CaseListModel</name>
    <message numerus="yes">
        <source>%1 (terlambat %n hari kerja)</source>
        <translation>
            <numerusform>%1 (%n working day late)</numerusform>
            <numerusform>%1 (%n working days late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hari kerja lagi)</source>
        <translation>
            <numerusform>%1 (%n working day left)</numerusform>
            <numerusform>%1 (%n working days left)</numerusform>
        </translation>
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
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Menunggu persetujuan</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Antre kirim</source>
        <translation>Queued to send</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Gagal kirim</source>
        <translation>Sending failed</translation>
    </message>
    <message>
        <source>%1 (lewat tenggat)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>%1 (hari ini)</source>
        <translation>%1 (today)</translation>
    </message>
    <message>
        <source>Anonim</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Rahasia</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Di komputer ini</source>
        <translation>On this computer</translation>
    </message>
</context>
<context>
    <name>lapor::CasePrivacy</name>
    <message>
        <source>(anonim)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <source>(rahasia)</source>
        <translation>(confidential)</translation>
    </message>
</context>
<context>
    <name>lapor::CaseView</name>
    <message>
        <source>Tindakan laporan</source>
        <translation>Case actions</translation>
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
            <numerusform>%n working day late</numerusform>
            <numerusform>%n working days late</numerusform>
        </translation>
    </message>
    <message>
        <source>lewat tenggat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>jatuh tempo hari ini</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n hari kerja lagi</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenggat %1 · %2</source>
        <translation>Deadline %1 · %2</translation>
    </message>
    <message>
        <source>Tanpa tenggat</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Petugas: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <source>Pelapor anonim</source>
        <translation>Anonymous reporter</translation>
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
        <source>Sudah tidak di unit Anda</source>
        <translation>No longer in your unit</translation>
    </message>
    <message>
        <source>Berubah di hub sejak draf Anda dibuat</source>
        <translation>Changed on the hub since your draft was created</translation>
    </message>
    <message>
        <source>Riwayat (%1)</source>
        <translation>History (%1)</translation>
    </message>
    <message>
        <source>mengunduh…</source>
        <translation>downloading…</translation>
    </message>
    <message>
        <source>belum diunduh</source>
        <translation>not downloaded yet</translation>
    </message>
    <message>
        <source>Lampiran (%1)</source>
        <translation>Attachments (%1)</translation>
    </message>
    <message>
        <source>Unduh lampiran</source>
        <translation>Download attachment</translation>
    </message>
    <message>
        <source>Lampiran belum dapat diunduh: %1</source>
        <translation>The attachment cannot be downloaded yet: %1</translation>
    </message>
    <message>
        <source>Buka lampiran</source>
        <translation>Open attachment</translation>
    </message>
    <message>
        <source>Tidak ada aplikasi untuk membuka berkas ini. Gunakan &quot;Simpan sebagai&quot; lalu buka dari folder tujuan.</source>
        <translation>There is no application to open this file. Use &quot;Save as&quot;, then open it from the target folder.</translation>
    </message>
    <message>
        <source>Simpan lampiran</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat disimpan ke %1.</source>
        <translation>The attachment cannot be saved to %1.</translation>
    </message>
    <message>
        <source>Alasan bukan wewenang: %1</source>
        <translation>Reason it is not our authority: %1</translation>
    </message>
    <message>
        <source>Lampiran tidak dapat dibaca dari profil.</source>
        <translation>The attachment cannot be read from the profile.</translation>
    </message>
    <message>
        <source>Laporan ini anonim atau rahasia, dan metadata foto ini tidak dapat dibuang karena %1, jadi lampiran tidak disimpan. Gunakan &quot;Buka&quot; untuk melihatnya.</source>
        <translation>This case is anonymous or confidential, and this photo&apos;s metadata cannot be removed because %1, so the attachment was not saved. Use &quot;Open&quot; to view it.</translation>
    </message>
    <message>
        <source>Laporan terkait (%1)</source>
        <translation>Related cases (%1)</translation>
    </message>
    <message>
        <source>Laporan terkait</source>
        <translation>Related cases</translation>
    </message>
    <message>
        <source>Nota dinas</source>
        <translation>Memo (nota dinas)</translation>
    </message>
    <message>
        <source>%1 (pengembalian)</source>
        <translation>%1 (return)</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Nota dinas laporan ini: buka atau cetak</source>
        <translation>This case&apos;s memos (nota dinas): open or print</translation>
    </message>
    <message>
        <source>Tidak ada aplikasi untuk membuka PDF. Berkasnya ada di %1</source>
        <translation>No application can open PDF files. The file is at %1</translation>
    </message>
    <message>
        <source>Nota dinas %1</source>
        <translation>Memo (nota dinas) %1</translation>
    </message>
    <message>
        <source>Cetak nota dinas</source>
        <translation>Print memo (nota dinas)</translation>
    </message>
    <message>
        <source>Pencetak menolak dokumen ini.</source>
        <translation>The printer refused this document.</translation>
    </message>
    <message>
        <source>Lampiran belum dapat disimpan di komputer ini. Periksa ruang disk lalu coba lagi.</source>
        <translation>The attachment could not be saved on this computer yet. Check the disk space and try again.</translation>
    </message>
    <message>
        <source>Berkas nota dinas tidak dapat dibuat.</source>
        <translation>The nota dinas file could not be made.</translation>
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
            <numerusform>%n case. Double-click to open.</numerusform>
            <numerusform>%n cases. Double-click to open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Laporan di balik angka ini. Tekan Enter untuk membuka.</source>
        <translation>The cases behind this figure. Press Enter to open one.</translation>
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
    <message>
        <source>Status tidak dikenal: %1. Pilihan: %2</source>
        <translation>Unknown status: %1. Choices: %2</translation>
    </message>
    <message>
        <source>ambil perubahan dari hub ke profil</source>
        <translation>fetch changes from the hub into the profile</translation>
    </message>
    <message>
        <source>daftar laporan di profil (--status S)</source>
        <translation>list the cases in the profile (--status S)</translation>
    </message>
    <message>
        <source>draf tindak lanjut: new --case N --text-file F | edit ID --text-file F | submit ID | resubmit ID | discard ID</source>
        <translation>follow-up drafts: new --case N --text-file F | edit ID --text-file F | submit ID | resubmit ID | discard ID</translation>
    </message>
    <message>
        <source>draf yang menunggu persetujuan Anda</source>
        <translation>drafts awaiting your approval</translation>
    </message>
    <message>
        <source>setujui draf: ID --revision R</source>
        <translation>approve a draft: ID --revision R</translation>
    </message>
    <message>
        <source>kembalikan draf: ID --revision R --comment TEKS</source>
        <translation>return a draft: ID --revision R --comment TEXT</translation>
    </message>
    <message>
        <source>disposisi: --case N --unit UNIT [--note TEKS]</source>
        <translation>forward a case: --case N --unit UNIT [--note TEXT]</translation>
    </message>
    <message>
        <source>tindakan yang menunggu dikirim ke hub</source>
        <translation>actions waiting to be sent to the hub</translation>
    </message>
    <message>
        <source>kirim tindakan yang menunggu ke hub</source>
        <translation>send pending actions to the hub</translation>
    </message>
    <message>
        <source>laporan periode: --period 2026-10 --format pdf|csv --out BERKAS [--kind rekap|overdue]</source>
        <translation>period report: --period 2026-10 --format pdf|csv --out FILE [--kind rekap|overdue]</translation>
    </message>
    <message>
        <source>keluar dari hub dan lupakan sesi</source>
        <translation>sign out of the hub and forget the session</translation>
    </message>
    <message>
        <source>NAMA</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Baca kata sandi dari masukan standar; tanpa keychain, sesi hanya untuk perintah ini.</source>
        <translation>Read the password from standard input; without a keychain, the session lasts only for this command.</translation>
    </message>
    <message>
        <source>Saring menurut status (cases).</source>
        <translation>Filter by status (cases).</translation>
    </message>
    <message>
        <source>Jumlah catatan per halaman (sync).</source>
        <translation>Records per page (sync).</translation>
    </message>
    <message>
        <source>NOMOR</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>BERKAS</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Revisi yang diperiksa (approve, reject).</source>
        <translation>Revision being reviewed (approve, reject).</translation>
    </message>
    <message>
        <source>Komentar pengembalian (reject).</source>
        <translation>Comment for returning the draft (reject).</translation>
    </message>
    <message>
        <source>TEKS</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Unit tujuan (forward).</source>
        <translation>Target unit (forward).</translation>
    </message>
    <message>
        <source>Catatan disposisi (forward).</source>
        <translation>Forwarding note (forward).</translation>
    </message>
    <message>
        <source>Bulan laporan, TAHUN-BULAN (report).</source>
        <translation>Report month, YEAR-MONTH (report).</translation>
    </message>
    <message>
        <source>pdf atau csv (report).</source>
        <translation>pdf or csv (report).</translation>
    </message>
    <message>
        <source>rekap atau overdue (report).</source>
        <translation>rekap or overdue (report).</translation>
    </message>
    <message>
        <source>Nilai tenggat per waktu ini, ISO 8601 (report).</source>
        <translation>Evaluate deadlines as of this time, ISO 8601 (report).</translation>
    </message>
    <message>
        <source>WAKTU</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Belum ada pengguna pada profil ini. Jalankan dulu: login --hub URL --user NAMA --password-stdin</source>
        <translation>This profile has no user yet. First run: login --hub URL --user NAME --password-stdin</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Perintah ini memerlukan --case NOMOR.</source>
        <translation>This command needs --case NUMBER.</translation>
    </message>
    <message>
        <source>Perintah ini memerlukan --revision R.</source>
        <translation>This command needs --revision R.</translation>
    </message>
    <message>
        <source>Draf dibuat: %1</source>
        <translation>Draft created: %1</translation>
    </message>
    <message>
        <source>Draf disimpan.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>Revisi %1 diajukan; dikirim pada push berikutnya.</source>
        <translation>Revision %1 submitted; it will be sent on the next push.</translation>
    </message>
    <message>
        <source>Revisi %1 diajukan ulang; dikirim pada push berikutnya.</source>
        <translation>Revision %1 resubmitted; it will be sent on the next push.</translation>
    </message>
    <message>
        <source>Draf dibuang.</source>
        <translation>Draft discarded.</translation>
    </message>
    <message>
        <source>Revisi %1 disetujui; dikirim pada push berikutnya.</source>
        <translation>Revision %1 approved; it will be sent on the next push.</translation>
    </message>
    <message>
        <source>reject memerlukan --comment TEKS.</source>
        <translation>reject needs --comment TEXT.</translation>
    </message>
    <message>
        <source>Revisi %1 dikembalikan; dikirim pada push berikutnya.</source>
        <translation>Revision %1 returned; it will be sent on the next push.</translation>
    </message>
    <message>
        <source>forward memerlukan --case NOMOR --unit UNIT [--note TEKS].</source>
        <translation>forward needs --case NUMBER --unit UNIT [--note TEXT].</translation>
    </message>
    <message>
        <source>Disposisi ke %1 dicatat; dikirim pada push berikutnya.</source>
        <translation>Forwarding to %1 recorded; it will be sent on the next push.</translation>
    </message>
    <message>
        <source>Kata sandi kosong pada masukan standar.</source>
        <translation>Empty password on standard input.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Profil ini belum terhubung ke hub. Jalankan dulu: login --hub URL --user NAMA --password-stdin</source>
        <translation>This profile is not connected to a hub yet. First run: login --hub URL --user NAME --password-stdin</translation>
    </message>
    <message>
        <source>Tidak ada sesi tersimpan untuk %1. Masuk lagi dengan login, atau tambahkan --password-stdin.</source>
        <translation>No saved session for %1. Sign in again with login, or add --password-stdin.</translation>
    </message>
    <message>
        <source>login memerlukan --hub URL --user NAMA --password-stdin.</source>
        <translation>login needs --hub URL --user NAME --password-stdin.</translation>
    </message>
    <message>
        <source>Masuk sebagai %1 (%2) di %3.</source>
        <translation>Signed in as %1 (%2) at %3.</translation>
    </message>
    <message>
        <source>Keychain tidak tersedia (%1): sesi tidak disimpan. Tambahkan --password-stdin pada setiap perintah yang memerlukan hub.</source>
        <translation>Keychain not available (%1): the session was not saved. Add --password-stdin to every command that needs the hub.</translation>
    </message>
    <message>
        <source>Sesi dilupakan.</source>
        <translation>Session forgotten.</translation>
    </message>
    <message>
        <source>gagal: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>Sinkronisasi %1/%2</source>
        <translation>Syncing %1/%2</translation>
    </message>
    <message>
        <source>gagal: %1 halaman diterapkan sebelum galat</source>
        <translation>failed: %1 pages applied before the error</translation>
    </message>
    <message>
        <source>Kirim %1/%2</source>
        <translation>Sending %1/%2</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>ok: %1</translation>
    </message>
    <message>
        <source>report tidak menerima argumen selain opsi.</source>
        <translation>report takes no arguments other than options.</translation>
    </message>
    <message>
        <source>--period harus berbentuk TAHUN-BULAN, misalnya 2026-10.</source>
        <translation>--period must be YEAR-MONTH, for example 2026-10.</translation>
    </message>
    <message>
        <source>--format harus pdf atau csv.</source>
        <translation>--format must be pdf or csv.</translation>
    </message>
    <message>
        <source>--out BERKAS wajib diisi.</source>
        <translation>--out FILE is required.</translation>
    </message>
    <message>
        <source>--kind harus rekap atau overdue.</source>
        <translation>--kind must be rekap or overdue.</translation>
    </message>
    <message>
        <source>--as-of harus waktu ISO 8601, misalnya 2026-10-31T23:59:59+07:00.</source>
        <translation>--as-of must be an ISO 8601 time, for example 2026-10-31T23:59:59+07:00.</translation>
    </message>
    <message>
        <source>Laporan %1 %2 ditulis ke %3</source>
        <translation>Report %1 %2 written to %3</translation>
    </message>
    <message>
        <source>Pemakaian: draft new --case NOMOR --text-file BERKAS | draft edit ID --text-file BERKAS | draft submit ID | draft resubmit ID | draft discard ID | draft show ID</source>
        <translation>Usage: draft new --case NUMBER --text-file FILE | draft edit ID --text-file FILE | draft submit ID | draft resubmit ID | draft discard ID | draft show ID</translation>
    </message>
    <message>
        <source>Draf %1 tidak ada di profil ini.</source>
        <translation>Draft %1 is not in this profile.</translation>
    </message>
    <message>
        <source>Draf %1 · laporan %2 · %3 · revisi %4</source>
        <translation>Draft %1 · case %2 · %3 · revision %4</translation>
    </message>
    <message>
        <source>Penulis: %1</source>
        <translation>Author: %1</translation>
    </message>
    <message>
        <source>Belum ada revisi yang diajukan.</source>
        <translation>No revision submitted yet.</translation>
    </message>
    <message>
        <source>Revisi %1 · %2 · %3</source>
        <translation>Revision %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Disetujui oleh %1 · %2</source>
        <translation>Approved by %1 · %2</translation>
    </message>
    <message>
        <source>Dikembalikan oleh %1 · %2</source>
        <translation>Returned by %1 · %2</translation>
    </message>
    <message>
        <source>ok: %1 laporan, %2 riwayat, %3 draf, %4 dihapus, %5 tidak terbaca, %6 permintaan, %7 ms</source>
        <translation>ok: %1 cases, %2 history entries, %3 drafts, %4 removed, %5 unreadable, %6 requests, %7 ms</translation>
    </message>
    <message>
        <source>Catatan hub yang tidak dapat dibaca: %1</source>
        <translation>Unreadable hub records: %1</translation>
    </message>
    <message>
        <source>orang yang pernah masuk di profil ini</source>
        <translation>people who have signed in on this profile</translation>
    </message>
    <message>
        <source>hapus semua data seorang pengguna dari profil ini: --user NAMA [--discard-unsent]</source>
        <translation>delete all of one user&apos;s data from this profile: --user NAME [--discard-unsent]</translation>
    </message>
    <message>
        <source>Alamat hub (login; dengan --user bila nama itu ada di beberapa hub).</source>
        <translation>Hub address (login; with --user when that name is on several hubs).</translation>
    </message>
    <message>
        <source>Nama pengguna: untuk login dan forget, atau untuk bekerja sebagai orang ini (bawaan: yang terakhir masuk).</source>
        <translation>User name: for login and forget, or to work as this person (default: whoever signed in last).</translation>
    </message>
    <message>
        <source>forget: hapus juga tindakan yang belum terkirim.</source>
        <translation>forget: also delete actions not yet sent.</translation>
    </message>
    <message>
        <source>Tidak ada yang masuk di profil ini. Jalankan login, atau pilih pengguna dengan --user NAMA (lihat: people).</source>
        <translation>Nobody is signed in on this profile. Run login, or choose a user with --user NAME (see: people).</translation>
    </message>
    <message>
        <source>%1 belum pernah masuk di profil ini.</source>
        <translation>%1 has never signed in on this profile.</translation>
    </message>
    <message>
        <source>%1 masuk di beberapa hub: pilih satu dengan --hub URL.</source>
        <translation>%1 has signed in on several hubs: choose one with --hub URL.</translation>
    </message>
    <message>
        <source>Gagal masuk.</source>
        <translation>Sign-in failed.</translation>
    </message>
    <message>
        <source>people tidak menerima argumen.</source>
        <translation>people takes no arguments.</translation>
    </message>
    <message>
        <source>Belum ada yang masuk di profil ini.</source>
        <translation>Nobody has signed in on this profile yet.</translation>
    </message>
    <message>
        <source>* sedang masuk</source>
        <translation>* signed in now</translation>
    </message>
    <message>
        <source>forget memerlukan --user NAMA (dan --hub URL bila nama itu ada di beberapa hub).</source>
        <translation>forget needs --user NAME (and --hub URL when that name is on several hubs).</translation>
    </message>
    <message numerus="yes">
        <source>%1 masih punya %n tindakan yang belum terkirim. Minta dia mengirimnya dulu (masuk lalu sinkronkan), atau tambahkan --discard-unsent untuk menghapusnya juga.</source>
        <translation>
            <numerusform>%1 still has %n action not yet sent. Ask them to send it first (sign in, then sync), or add --discard-unsent to delete it too.</numerusform>
            <numerusform>%1 still has %n actions not yet sent. Ask them to send them first (sign in, then sync), or add --discard-unsent to delete them too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data %1 (%2) dihapus dari profil ini: laporan, draf, lampiran dan pengaturan.</source>
        <translation>The data of %1 (%2) was deleted from this profile: cases, drafts, attachments and settings.</translation>
    </message>
    <message numerus="yes">
        <source>%n tindakan yang belum terkirim ikut dihapus.</source>
        <translation>
            <numerusform>%n action not yet sent was deleted too.</numerusform>
            <numerusform>%n actions not yet sent were deleted too.</numerusform>
        </translation>
    </message>
    <message>
        <source>login: sertifikat CA instansi (PEM, boleh beberapa) yang dipercaya untuk hub ini selain CA sistem; disimpan di pengaturan orang itu.</source>
        <translation>login: the agency&apos;s CA certificates (PEM, one or more) trusted for this hub besides the system&apos;s; kept in that person&apos;s settings.</translation>
    </message>
    <message>
        <source>Berkas CA %1 tidak ada atau tidak dapat dibaca.</source>
        <translation>The CA file %1 does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>masuk ke hub (--hub URL --user NAMA --password-stdin, atau --hub URL --device; [--ca-file BERKAS])</source>
        <translation>sign in to the hub (--hub URL --user NAME --password-stdin, or --hub URL --device; [--ca-file FILE])</translation>
    </message>
    <message>
        <source>login: masuk di peramban mana pun dengan kode yang ditampilkan; kata sandi tidak diketik di sini.</source>
        <translation>login: sign in in any browser with the code shown; the password is not typed here.</translation>
    </message>
    <message>
        <source>Buka %1 di peramban dan ketik kode: %2</source>
        <translation>Open %1 in a browser and type the code: %2</translation>
    </message>
    <message>
        <source>Atau buka langsung: %1</source>
        <translation>Or open directly: %1</translation>
    </message>
    <message numerus="yes">
        <source>Kode berlaku %n menit. Menunggu…</source>
        <translation>
            <numerusform>The code is valid for %n minute. Waiting…</numerusform>
            <numerusform>The code is valid for %n minutes. Waiting…</numerusform>
        </translation>
    </message>
    <message>
        <source>login --device memerlukan --hub URL.</source>
        <translation>login --device needs --hub URL.</translation>
    </message>
    <message>
        <source>catatan internal: --case N --text-file BERKAS</source>
        <translation>internal note: --case N --text-file FILE</translation>
    </message>
    <message>
        <source>kembalikan sebagai bukan wewenang: --case N --reason-file BERKAS</source>
        <translation>return as not our authority: --case N --reason-file FILE</translation>
    </message>
    <message>
        <source>laporan terkait dan alasannya: NOMOR [--json]</source>
        <translation>related cases and why: NUMBER [--json]</translation>
    </message>
    <message>
        <source>Nomor laporan (draft new, forward, note, not-authority).</source>
        <translation>Case number (draft new, forward, note, not-authority).</translation>
    </message>
    <message>
        <source>Berkas teks UTF-8 (draft new, draft edit, note).</source>
        <translation>UTF-8 text file (draft new, draft edit, note).</translation>
    </message>
    <message>
        <source>Berkas teks UTF-8 berisi alasan, minimal 10 karakter (not-authority).</source>
        <translation>UTF-8 text file holding the reason, at least 10 characters (not-authority).</translation>
    </message>
    <message>
        <source>Perintah ini memerlukan --%1 BERKAS.</source>
        <translation>This command needs --%1 FILE.</translation>
    </message>
    <message>
        <source>Berkas %1 bukan teks UTF-8; simpan ulang sebagai UTF-8.</source>
        <translation>File %1 is not UTF-8 text; save it again as UTF-8.</translation>
    </message>
    <message>
        <source>Catatan internal untuk laporan #%1 disimpan; dikirim pada push berikutnya.</source>
        <translation>Internal note for case #%1 saved; it is sent with the next push.</translation>
    </message>
    <message>
        <source>Laporan #%1 dikembalikan sebagai bukan wewenang; dikirim pada push berikutnya.</source>
        <translation>Case #%1 returned as not our authority; it is sent with the next push.</translation>
    </message>
    <message>
        <source>Pemakaian: related NOMOR [--json]</source>
        <translation>Usage: related NUMBER [--json]</translation>
    </message>
    <message>
        <source>Laporan #%1 tidak ada di profil ini.</source>
        <translation>Case #%1 is not in this profile.</translation>
    </message>
    <message>
        <source>Tidak ada laporan terkait untuk #%1.</source>
        <translation>No related cases for #%1.</translation>
    </message>
    <message>
        <source>nota dinas atas persetujuan atau pengembalian draf: ID --out BERKAS</source>
        <translation>memo (nota dinas) of a draft&apos;s approval or return: ID --out FILE</translation>
    </message>
    <message>
        <source>Berkas keluaran (report, nota-dinas).</source>
        <translation>Output file (report, nota-dinas).</translation>
    </message>
    <message>
        <source>Nota dinas %1 dibuat: %2</source>
        <translation>Memo (nota dinas) %1 made: %2</translation>
    </message>
    <message>
        <source>Keputusan tersimpan, tetapi nota dinasnya belum dibuat: %1</source>
        <translation>The decision is saved, but its memo (nota dinas) was not made: %1</translation>
    </message>
    <message>
        <source>nota-dinas memerlukan ID_DRAF --out BERKAS.</source>
        <translation>nota-dinas needs DRAFT_ID --out FILE.</translation>
    </message>
    <message>
        <source>Draf %1 belum disetujui atau dikembalikan (status: %2), jadi belum ada nota dinasnya.</source>
        <translation>Draft %1 has not been approved or returned (status: %2), so it has no memo (nota dinas) yet.</translation>
    </message>
    <message>
        <source>Nota dinas %1 ditulis ke %2</source>
        <translation>Memo (nota dinas) %1 written to %2</translation>
    </message>
    <message>
        <source>cari laporan, urut menurut kecocokan, dengan kata yang cocok: TEKS [--json] [--limit N]</source>
        <translation>search cases, best match first, with the words that matched: TEXT [--json] [--limit N]</translation>
    </message>
    <message>
        <source>Tampilkan judul laporan rahasia, bukan &quot;(rahasia)&quot; (cases, related, search).</source>
        <translation>Show the titles of confidential cases instead of &quot;(confidential)&quot; (cases, related, search).</translation>
    </message>
    <message>
        <source>Jumlah hasil paling banyak, bawaan 20 (search).</source>
        <translation>The most results to show, 20 by default (search).</translation>
    </message>
    <message>
        <source>Membangun indeks pencarian: %1 dari %2 laporan</source>
        <translation>Building the search index: %1 of %2 cases</translation>
    </message>
    <message>
        <source>--limit harus bilangan 1 sampai %1.</source>
        <translation>--limit must be a number from 1 to %1.</translation>
    </message>
    <message>
        <source>Pemakaian: search TEKS [--json] [--limit N]</source>
        <translation>Usage: search TEXT [--json] [--limit N]</translation>
    </message>
    <message>
        <source>Tidak ada laporan yang cocok dengan &quot;%1&quot;.</source>
        <translation>No case matches &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>lapor::DashboardWindow</name>
    <message>
        <source>Belum ditindaklanjuti</source>
        <translation>Not yet followed up</translation>
    </message>
    <message>
        <source>Sedang diproses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Rekap bulanan</source>
        <translation>Monthly recap</translation>
    </message>
    <message>
        <source>Daftar terlambat</source>
        <translation>Overdue list</translation>
    </message>
    <message>
        <source>Laporan diterima</source>
        <translation>Cases received</translation>
    </message>
    <message>
        <source>Dijawab ≤ 5 hari kerja</source>
        <translation>Answered in ≤ 5 working days</translation>
    </message>
    <message>
        <source>Sudah ditindaklanjuti</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Laporan terlambat</source>
        <translation>Overdue cases</translation>
    </message>
    <message>
        <source>Laporan yang dinilai</source>
        <translation>Rated cases</translation>
    </message>
    <message>
        <source>Seluruh instansi (%1)</source>
        <translation>Whole agency (%1)</translation>
    </message>
    <message>
        <source>Rentang lain</source>
        <translation>Other range</translation>
    </message>
    <message>
        <source>Dasbor Pengawasan — %1 — %2</source>
        <translation>Supervision dashboard — %1 — %2</translation>
    </message>
    <message>
        <source>Dihitung %1 dari data di komputer ini. Terlambat dihitung per saat ini; angka lain untuk laporan yang diterima dalam periode.</source>
        <translation>Calculated %1 from the data on this computer. Overdue cases are counted as of now; the other figures cover cases received in the period.</translation>
    </message>
    <message>
        <source>laporan diterima</source>
        <translation>cases received</translation>
    </message>
    <message>
        <source>dijawab ≤ 5 hari kerja</source>
        <translation>answered in ≤ 5 working days</translation>
    </message>
    <message>
        <source>%1 dari %2 laporan yang tenggat tindak lanjut pertamanya sudah lewat atau sudah dijawab, dijawab dalam 5 hari kerja</source>
        <translation>%1 of %2 cases whose first follow-up deadline has passed or that have been answered were answered within 5 working days</translation>
    </message>
    <message>
        <source>hari kerja ke tindak lanjut</source>
        <translation>working days to follow-up</translation>
    </message>
    <message>
        <source>Rata-rata hari kerja dari disposisi sampai tindak lanjut pertama, atas %1 laporan</source>
        <translation>Average working days from forwarding to first follow-up, over %1 cases</translation>
    </message>
    <message>
        <source>terlambat saat ini</source>
        <translation>overdue now</translation>
    </message>
    <message>
        <source>Terlambat paling lama %1 hari kerja</source>
        <translation>Longest overdue: %1 working days</translation>
    </message>
    <message>
        <source>penilaian warga</source>
        <translation>citizen ratings</translation>
    </message>
    <message>
        <source>%1 penilaian warga</source>
        <translation>%1 citizen ratings</translation>
    </message>
    <message>
        <source>Laporan per status</source>
        <translation>Cases by status</translation>
    </message>
    <message>
        <source>Diterima dan ditindaklanjuti per minggu</source>
        <translation>Received and followed up per week</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Ditindaklanjuti</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Diterima minggu %1</source>
        <translation>Received in week %1</translation>
    </message>
    <message>
        <source>Ditindaklanjuti minggu %1</source>
        <translation>Followed up in week %1</translation>
    </message>
    <message>
        <source>Minggu (ISO)</source>
        <translation>Week (ISO)</translation>
    </message>
    <message>
        <source>Penilaian warga (rata-rata %1)</source>
        <translation>Citizen ratings (average %1)</translation>
    </message>
    <message>
        <source>Jumlah penilaian</source>
        <translation>Number of ratings</translation>
    </message>
    <message>
        <source>Dinilai %1 bintang</source>
        <translation>Rated %1 out of 5</translation>
    </message>
    <message>
        <source>Terlambat (%1 terlama dari %2)</source>
        <translation>Overdue (%1 longest of %2)</translation>
    </message>
    <message>
        <source>Terlambat (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>Pencetak menolak dokumen ini.</source>
        <translation>The printer refused this document.</translation>
    </message>
    <message>
        <source>Cetak laporan</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>terlambat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>rekap</source>
        <translation>recap</translation>
    </message>
    <message>
        <source>Ekspor laporan</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>CSV untuk lembar kerja (*.csv)</source>
        <translation>CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <source>Laporan disimpan ke %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message>
        <source>Angka tidak dapat dihitung. Tutup lalu buka lagi dasbor ini.</source>
        <translation>The figures could not be worked out. Close the dashboard and open it again.</translation>
    </message>
    <message>
        <source>Daftar laporan tidak dapat dibuka.</source>
        <translation>The list of cases could not be opened.</translation>
    </message>
    <message>
        <source>Laporan tidak dapat dicetak. Periksa pencetak lalu coba lagi.</source>
        <translation>The report could not be printed. Check the printer and try again.</translation>
    </message>
    <message>
        <source>Laporan tidak dapat disimpan di tempat itu. Pilih folder lain, misalnya Dokumen, lalu coba lagi.</source>
        <translation>The report could not be saved there. Choose another folder, such as Documents, and try again.</translation>
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
    <name>lapor::Deadlines</name>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>≤ 2 hari</source>
        <translation>≤ 2 days</translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation>On track</translation>
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
        <source>Mode pelatihan: hub lokal dengan laporan contoh, masuk sebagai petugas1. Profil pelatihan terpisah dari profil kerja.</source>
        <translation>Training mode: a local hub with sample cases, signed in as petugas1. The training profile is separate from your work profile.</translation>
    </message>
    <message>
        <source>Data LAPOR Desk di komputer ini tidak dapat dibuka. Tidak ada yang diubah atau dihapus. Pastikan disk tidak penuh dan folder profil dapat ditulis, lalu buka lagi; bila tetap gagal, kirim rinciannya ke admin instansi Anda.</source>
        <translation>LAPOR Desk&apos;s data on this computer cannot be opened. Nothing was changed or deleted. Make sure the disk is not full and the profile folder is writable, then open it again; if it still fails, send the details to your agency&apos;s admin.</translation>
    </message>
    <message>
        <source>Alamat hub yang ditawarkan saat masuk (tanpa panduan awal).</source>
        <translation>Hub address offered at sign-in (no first start guide).</translation>
    </message>
    <message>
        <source>ALAMAT</source>
        <translation>ADDRESS</translation>
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
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>Sembunyikan semua laporan sampai kata sandi Anda dimasukkan</source>
        <translation>Hide all cases until your password is entered</translation>
    </message>
    <message>
        <source>Ketik kata sandi Anda.</source>
        <translation>Type your password.</translation>
    </message>
    <message numerus="yes">
        <source>Kata sandi salah. Masih %n kali percobaan sebelum harus menunggu.</source>
        <translation>
            <numerusform>Wrong password. %n more try before you have to wait.</numerusform>
            <numerusform>Wrong password. %n more tries before you have to wait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Memeriksa kata sandi ke hub…</source>
        <translation>Checking the password with the hub…</translation>
    </message>
    <message>
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Kata sandi tidak dapat diperiksa: %1</source>
        <translation>The password could not be checked: %1</translation>
    </message>
    <message>
        <source>LAPOR Desk terkunci.</source>
        <translation>LAPOR Desk is locked.</translation>
    </message>
    <message>
        <source>Berganti pengguna tidak tersedia di sini.</source>
        <translation>Switching users is not available here.</translation>
    </message>
    <message>
        <source>Silakan coba lagi.</source>
        <translation>You can try again.</translation>
    </message>
    <message>
        <source>Ketik kata sandi akun SP4N-LAPOR! Anda untuk membuka kunci.</source>
        <translation>Type the password of your SP4N-LAPOR! account to unlock.</translation>
    </message>
    <message>
        <source>Komputer ini belum menyimpan pemeriksa kata sandi untuk akun ini, jadi kata sandi diperiksa ke hub: perlu tersambung ke internet. Setelah itu kunci dapat dibuka tanpa internet.</source>
        <translation>This computer does not yet keep a password check for this account, so the password is checked with the hub: an internet connection is needed. After that the lock opens without internet.</translation>
    </message>
    <message>
        <source>Belum ada akun yang pernah masuk di profil ini, jadi tidak ada kata sandi untuk diperiksa. Pilih &quot;Masuk sebagai pengguna lain&quot; untuk masuk ke hub.</source>
        <translation>No account has ever signed in on this profile, so there is no password to check. Choose &quot;Sign in as another user&quot; to sign in to the hub.</translation>
    </message>
    <message numerus="yes">
        <source>%n detik</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n menit</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kata sandi salah %n kali berturut-turut. Coba lagi dalam %1.</source>
        <translation>
            <numerusform>Wrong password %n time in a row. Try again in %1.</numerusform>
            <numerusform>Wrong password %n times in a row. Try again in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terkunci sendiri setelah %n menit tidak dipakai.</source>
        <translation>
            <numerusform>Locked itself after %n minute without use.</numerusform>
            <numerusform>Locked itself after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dikunci dengan &quot;Kunci sekarang&quot;.</source>
        <translation>Locked with &quot;Lock now&quot;.</translation>
    </message>
    <message>
        <source>LAPOR Desk ditutup dalam keadaan terkunci, jadi tetap terkunci.</source>
        <translation>LAPOR Desk was closed while locked, so it stays locked.</translation>
    </message>
    <message>
        <source>LAPOR Desk — Terkunci</source>
        <translation>LAPOR Desk — Locked</translation>
    </message>
</context>
<context>
    <name>lapor::DeskShell</name>
    <message>
        <source>&amp;Sinkronisasi</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;Masuk ke hub…</source>
        <translation>Sign &amp;in to hub…</translation>
    </message>
    <message>
        <source>&amp;Keluar dari hub</source>
        <translation>Sign &amp;out of hub</translation>
    </message>
    <message>
        <source>&amp;Catatan sinkronisasi…</source>
        <translation>Sync &amp;log…</translation>
    </message>
    <message>
        <source>Lampiran: %1</source>
        <translation>Attachment: %1</translation>
    </message>
    <message>
        <source>MODE PELATIHAN · Semua laporan di sini adalah data contoh, bukan laporan warga sungguhan. Masuk sebagai %1 (kata sandi: %2).</source>
        <translation>TRAINING MODE · All cases here are sample data, not real citizens&apos; complaints. Sign in as %1 (password: %2).</translation>
    </message>
    <message>
        <source>LAPOR Desk — Pelatihan</source>
        <translation>LAPOR Desk — Training</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Atur &amp;ulang data pelatihan…</source>
        <translation>&amp;Reset training data…</translation>
    </message>
    <message>
        <source>Atur ulang data pelatihan</source>
        <translation>Reset training data</translation>
    </message>
    <message>
        <source>Semua latihan di profil pelatihan (draf, tindak lanjut, perubahan) dihapus dan data contoh dibuat ulang. LAPOR Desk akan dimulai ulang. Lanjutkan?</source>
        <translation>All practice work in the training profile (drafts, follow-ups, changes) is deleted and the sample data is recreated. LAPOR Desk will restart. Continue?</translation>
    </message>
</context>
<context>
    <name>lapor::DeviceSignIn</name>
    <message>
        <source>Hub tidak memberikan kode perangkat yang dapat dipakai.</source>
        <translation>The hub gave no usable device code.</translation>
    </message>
    <message>
        <source>Kode perangkat sudah kedaluwarsa. Mulai lagi.</source>
        <translation>The device code has expired. Start again.</translation>
    </message>
    <message>
        <source>Masuk dibatalkan di peramban.</source>
        <translation>Sign-in was cancelled in the browser.</translation>
    </message>
</context>
<context>
    <name>lapor::DiffText</name>
    <message>
        <source>Tidak ada perubahan.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>%1 kata ditambahkan, %2 kata dihapus.</source>
        <translation>%1 words added, %2 words removed.</translation>
    </message>
</context>
<context>
    <name>lapor::DisabledAccount</name>
    <message>
        <source>Tidak dikirim: akun Anda dinonaktifkan di hub.</source>
        <translation>Not sent: your account was disabled on the hub.</translation>
    </message>
    <message>
        <source>Hub menyatakan akun Anda dinonaktifkan oleh admin instansi.</source>
        <translation>The hub says your agency&apos;s administrator disabled your account.</translation>
    </message>
    <message>
        <source>Laporan dan lampiran akun ini sudah dihapus dari komputer ini; semuanya tetap tersimpan di hub.</source>
        <translation>This account&apos;s cases and attachments have been removed from this computer; the hub still holds all of them.</translation>
    </message>
    <message numerus="yes">
        <source>%n tindakan yang belum terkirim tidak akan dikirim.</source>
        <translation>
            <numerusform>%n unsent action will not be sent.</numerusform>
            <numerusform>%n unsent actions will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daftarnya tersimpan di %1; serahkan kepada atasan Anda.</source>
        <translation>They are listed in %1; hand the list to your head of unit.</translation>
    </message>
    <message>
        <source>Hubungi admin instansi bila ini keliru.</source>
        <translation>Contact your agency&apos;s administrator if this is a mistake.</translation>
    </message>
    <message>
        <source>Daftarnya tidak dapat disimpan; tindakan itu tetap ada di Kotak Keluar.</source>
        <translation>Their list could not be saved; the actions stay in the Outbox.</translation>
    </message>
</context>
<context>
    <name>lapor::DraftChecks</name>
    <message>
        <source>Jenis berkas .%1 tidak dapat dilampirkan; yang boleh: %2.</source>
        <translation>Files of type .%1 cannot be attached; allowed: %2.</translation>
    </message>
    <message>
        <source>(tanpa akhiran)</source>
        <translation>(no extension)</translation>
    </message>
    <message>
        <source>Berkas %1 terlalu besar (%2); maksimal %3 per berkas.</source>
        <translation>The file %1 is too large (%2); at most %3 per file.</translation>
    </message>
    <message numerus="yes">
        <source>Paling banyak %n lampiran per tindak lanjut.</source>
        <translation>
            <numerusform>At most %n attachment per follow-up.</numerusform>
            <numerusform>At most %n attachments per follow-up.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draf masih kosong.</source>
        <translation>The draft is empty.</translation>
    </message>
    <message>
        <source>Draf terlalu pendek: %1 karakter, minimal %2.</source>
        <translation>The draft is too short: %1 characters, at least %2.</translation>
    </message>
    <message>
        <source>Draf terlalu panjang: %1 karakter, maksimal %2.</source>
        <translation>The draft is too long: %1 characters, at most %2.</translation>
    </message>
    <message>
        <source>Masih ada isian templat yang belum diganti: %1.</source>
        <translation>Some template fields have not been replaced yet: %1.</translation>
    </message>
    <message>
        <source>Laporan ini anonim, tetapi draf menyebut nama pelapor &quot;%1&quot;.</source>
        <translation>This case is anonymous, but the draft mentions the reporter&apos;s name &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Laporan ini anonim, tetapi draf memuat &quot;%1&quot; yang dapat mengungkap identitas pelapor. Hapus atau samarkan.</source>
        <translation>This case is anonymous, but the draft contains &quot;%1&quot;, which could reveal the reporter&apos;s identity. Remove or obscure it.</translation>
    </message>
    <message>
        <source>Draf menyebut &quot;%1&quot;, tetapi belum ada berkas yang dilampirkan.</source>
        <translation>The draft mentions &quot;%1&quot;, but no file has been attached yet.</translation>
    </message>
</context>
<context>
    <name>lapor::DraftEditor</name>
    <message>
        <source>Ajukan untuk persetujuan</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>Tutup editor</source>
        <translation>Close editor</translation>
    </message>
    <message>
        <source>Buang draf</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Tambah lampiran</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>Hapus lampiran</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Boleh dilampirkan: %1; paling besar %2 per berkas, paling banyak %3 berkas. Berkas disalin ke profil, jadi berkas aslinya boleh dipindahkan.</source>
        <translation>Allowed: %1; at most %2 per file and %3 files. Files are copied into the profile, so the originals may be moved.</translation>
    </message>
    <message>
        <source>Laporan #%1 tidak ada di komputer ini.</source>
        <translation>Case #%1 is not on this computer.</translation>
    </message>
    <message>
        <source>Tindak lanjut #%1</source>
        <translation>Follow-up #%1</translation>
    </message>
    <message>
        <source>Anonim: jangan menyebut identitas pelapor</source>
        <translation>Anonymous: do not mention the reporter&apos;s identity</translation>
    </message>
    <message>
        <source>Rahasia</source>
        <translation>Confidential</translation>
    </message>
    <message numerus="yes">
        <source>Draf baru; tersimpan otomatis setiap %n detik saat Anda mengetik.</source>
        <translation>
            <numerusform>New draft; saved automatically every %n second while you type.</numerusform>
            <numerusform>New draft; saved automatically every %n seconds while you type.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draf tidak ditemukan.</source>
        <translation>Draft not found.</translation>
    </message>
    <message>
        <source>Tersimpan %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>%1 (tidak untuk laporan anonim)</source>
        <translation>%1 (not for anonymous cases)</translation>
    </message>
    <message>
        <source>Gunakan templat</source>
        <translation>Use template</translation>
    </message>
    <message>
        <source>Draf sudah berisi teks. Ganti seluruh teks dengan templat, atau sisipkan templat di posisi kursor?</source>
        <translation>The draft already contains text. Replace all the text with the template, or insert the template at the cursor?</translation>
    </message>
    <message>
        <source>Ganti seluruh teks</source>
        <translation>Replace all text</translation>
    </message>
    <message>
        <source>Sisipkan di kursor</source>
        <translation>Insert at cursor</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Perubahan belum tersimpan…</source>
        <translation>Unsaved changes…</translation>
    </message>
    <message>
        <source>Belum tersimpan: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Tersimpan otomatis pukul %1.</source>
        <translation>Saved automatically at %1.</translation>
    </message>
    <message>
        <source>✓ Semua pemeriksaan terpenuhi; draf siap diajukan.</source>
        <translation>✓ All checks passed; the draft is ready to submit.</translation>
    </message>
    <message>
        <source>Belum dapat diajukan:</source>
        <translation>Cannot be submitted yet:</translation>
    </message>
    <message>
        <source>Revisi ini sudah diajukan; ubah teks untuk membuat revisi baru.</source>
        <translation>This revision has already been submitted; edit the text to create a new revision.</translation>
    </message>
    <message>
        <source>Belum tersimpan</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>%1 · revisi %2</source>
        <translation>%1 · revision %2</translation>
    </message>
    <message>
        <source>&amp;Ajukan ulang setelah ditinjau</source>
        <translation>&amp;Resubmit after review</translation>
    </message>
    <message>
        <source>&amp;Ajukan untuk persetujuan</source>
        <translation>&amp;Submit for approval</translation>
    </message>
    <message>
        <source>Dikembalikan oleh %1 (revisi %2): %3</source>
        <translation>Returned by %1 (revision %2): %3</translation>
    </message>
    <message>
        <source>Konflik: keadaan laporan di hub berubah sejak draf diajukan. Tinjau laporan, sesuaikan teks bila perlu, lalu ajukan ulang.</source>
        <translation>Conflict: the case state on the hub has changed since the draft was submitted. Review the case, adjust the text if needed, then resubmit.</translation>
    </message>
    <message>
        <source>&amp;Lampiran (%1)</source>
        <translation>&amp;Attachments (%1)</translation>
    </message>
    <message>
        <source>Dokumen dan foto (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents and photos (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Teks saat ini (belum diajukan)</source>
        <translation>Current text (not yet submitted)</translation>
    </message>
    <message>
        <source>Revisi %1 · %2</source>
        <translation>Revision %1 · %2</translation>
    </message>
    <message>
        <source>Belum ada revisi.</source>
        <translation>No revisions yet.</translation>
    </message>
    <message>
        <source>revisi %1</source>
        <translation>revision %1</translation>
    </message>
    <message>
        <source>Dibandingkan dengan draf kosong.</source>
        <translation>Compared with an empty draft.</translation>
    </message>
    <message>
        <source>Dibandingkan dengan %1.</source>
        <translation>Compared with %1.</translation>
    </message>
    <message>
        <source>Draf masih kosong.</source>
        <translation>The draft is empty.</translation>
    </message>
    <message>
        <source>Revisi %1 diajukan; menunggu persetujuan kepala unit. Dikirim ke hub saat tersambung.</source>
        <translation>Revision %1 submitted; awaiting approval by the head of unit. It will be sent to the hub when connected.</translation>
    </message>
    <message>
        <source>Draf belum dapat diajukan</source>
        <translation>The draft cannot be submitted yet</translation>
    </message>
    <message>
        <source>Draf ini dan lampirannya dibuang, dan tindakan yang belum terkirim untuk draf ini dibatalkan. Lanjutkan?</source>
        <translation>This draft and its attachments will be discarded, and any unsent actions for this draft will be cancelled. Continue?</translation>
    </message>
    <message>
        <source>anonim dan rahasia</source>
        <translation>anonymous and confidential</translation>
    </message>
    <message>
        <source>anonim</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>rahasia</source>
        <translation>confidential</translation>
    </message>
    <message>
        <source>Lampiran dari pelapor</source>
        <translation>Attachment from the reporter</translation>
    </message>
    <message>
        <source>%1 adalah berkas kiriman pelapor, dan laporan ini %2. Foto pelapor dapat membuka siapa pelapornya atau isi yang dirahasiakan (wajah, rumah, tulisan pada foto) kepada setiap pembaca tindak lanjut. Metadata foto tetap dibuang.

Tetap lampirkan berkas ini?</source>
        <translation>%1 is a file sent by the reporter, and this case is %2. The reporter&apos;s photo can reveal who the reporter is or the confidential content (faces, a house, writing in the photo) to everyone who reads the follow-up. The photo&apos;s metadata is removed in any case.

Attach this file anyway?</translation>
    </message>
    <message>
        <source>Lokasi GPS dan metadata lain dibuang dari foto %1.</source>
        <translation>The GPS location and other metadata were removed from photo %1.</translation>
    </message>
    <message>
        <source>Metadata dibuang dari foto %1.</source>
        <translation>Metadata was removed from photo %1.</translation>
    </message>
    <message>
        <source>%1 — %2 → %3 (diperkecil)</source>
        <translation>%1 — %2 → %3 (made smaller)</translation>
    </message>
    <message>
        <source>Foto ini diperkecil agar cepat terkirim. Pilih &quot;Kirim ukuran asli&quot; untuk mengirim foto aslinya.</source>
        <translation>This photo was made smaller so that it is sent quickly. Choose &quot;Send original size&quot; to send the original photo.</translation>
    </message>
    <message>
        <source>Kirim foto dengan ukuran asli</source>
        <translation>Send the photo at its original size</translation>
    </message>
    <message>
        <source>Foto %1 dikirim dengan ukuran asli (metadatanya tetap dibuang).</source>
        <translation>Photo %1 will be sent at its original size (its metadata is still removed).</translation>
    </message>
    <message>
        <source>Ukuran asli</source>
        <translation>Original size</translation>
    </message>
    <message>
        <source>data di komputer ini tidak dapat ditulis. Teks Anda tetap di layar; disimpan lagi saat Anda mengetik.</source>
        <translation>the data on this computer cannot be written. Your text stays on screen and is saved again as you type.</translation>
    </message>
    <message>
        <source>Foto aslinya tidak dapat dibaca lagi; lampiran yang diperkecil tetap dipakai.</source>
        <translation>The original photo can no longer be read; the reduced attachment is kept.</translation>
    </message>
    <message>
        <source>Draf belum dapat diajukan; teksnya tetap tersimpan.</source>
        <translation>The draft could not be submitted yet; its text is still saved.</translation>
    </message>
    <message>
        <source>Draf tidak dapat dibuang; teksnya tetap tersimpan.</source>
        <translation>The draft could not be discarded; its text is still saved.</translation>
    </message>
</context>
<context>
    <name>lapor::DraftFiles</name>
    <message>
        <source>Draf belum tersimpan; tulis teks terlebih dahulu.</source>
        <translation>The draft has not been saved yet; write some text first.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>Berkas bernama %1 sudah dilampirkan.</source>
        <translation>A file named %1 is already attached.</translation>
    </message>
    <message>
        <source>Folder lampiran draf tidak dapat dibuat.</source>
        <translation>The draft attachment folder cannot be created.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat disalin ke profil.</source>
        <translation>The file %1 cannot be copied into the profile.</translation>
    </message>
    <message>
        <source>Berkas %1 bukan foto JPEG atau PNG meski namanya begitu.</source>
        <translation>File %1 is not a JPEG or PNG photo, although its name says so.</translation>
    </message>
    <message>
        <source>Metadata foto %1 tidak dapat dibuang karena %2, jadi foto itu tidak dilampirkan. Buka foto itu di aplikasi gambar, simpan ulang, lalu lampirkan lagi.</source>
        <translation>The metadata of photo %1 cannot be removed because %2, so the photo was not attached. Open the photo in an image application, save it again, then attach it again.</translation>
    </message>
    <message>
        <source>Foto %1 tidak diperkecil, jadi sudah berukuran asli.</source>
        <translation>Photo %1 was not made smaller, so it already has its original size.</translation>
    </message>
    <message>
        <source>Foto asli %1 tidak ada lagi di %2, jadi foto yang diperkecil tetap dilampirkan. Lampirkan lagi foto aslinya bila masih ada di tempat lain.</source>
        <translation>The original photo %1 is no longer at %2, so the smaller photo stays attached. Attach the original again if it is still somewhere else.</translation>
    </message>
    <message>
        <source>Foto asli %1 di %2 sudah berubah sejak dilampirkan, jadi foto yang diperkecil tetap dilampirkan. Hapus lampiran ini lalu lampirkan lagi foto itu bila perubahannya memang dikehendaki.</source>
        <translation>The original photo %1 at %2 has changed since it was attached, so the smaller photo stays attached. Remove this attachment and attach the photo again if the change was intended.</translation>
    </message>
    <message>
        <source>Foto asli %1 tidak dapat dibaca, jadi foto yang diperkecil tetap dilampirkan.</source>
        <translation>The original photo %1 cannot be read, so the smaller photo stays attached.</translation>
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
    <name>lapor::FilterBar</name>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua tenggat</source>
        <translation>All deadlines</translation>
    </message>
    <message>
        <source>Sesuai jadwal</source>
        <translation>On schedule</translation>
    </message>
    <message>
        <source>Jatuh tempo ≤ 2 hari kerja</source>
        <translation>Due in ≤ 2 working days</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Tanpa tenggat</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
</context>
<context>
    <name>lapor::FirstStartGuide</name>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <source>Isi kata sandi.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>Menghubungi hub…</source>
        <translation>Contacting the hub…</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Mulai pelatihan</source>
        <translation>&amp;Start training</translation>
    </message>
    <message>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
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
        <translation>A hub on the network must use https so that passwords and citizens&apos; complaints cannot be read by others.</translation>
    </message>
    <message>
        <source>Alamat hub harus diawali https://.</source>
        <translation>The hub address must start with https://.</translation>
    </message>
</context>
<context>
    <name>lapor::HubClient</name>
    <message>
        <source>%1 tidak berisi sertifikat PEM</source>
        <translation>%1 holds no PEM certificate</translation>
    </message>
    <message>
        <source>%1 tidak ada atau tidak dapat dibaca</source>
        <translation>%1 does not exist or cannot be read</translation>
    </message>
</context>
<context>
    <name>lapor::HubError</name>
    <message>
        <source>Hub tidak dapat dihubungi. Periksa koneksi internet; LAPOR Desk akan mencoba lagi.</source>
        <translation>The hub cannot be reached. Check the internet connection; LAPOR Desk will try again.</translation>
    </message>
    <message>
        <source>Hub terlalu lama menjawab. LAPOR Desk akan mencoba lagi.</source>
        <translation>The hub took too long to respond. LAPOR Desk will try again.</translation>
    </message>
    <message>
        <source>Jawaban hub tidak dapat dibaca. LAPOR Desk akan mencoba lagi.</source>
        <translation>The hub&apos;s response cannot be read. LAPOR Desk will try again.</translation>
    </message>
    <message>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Disk komputer ini penuh, jadi data terakhir dari hub tidak disimpan. Kosongkan ruang disk lalu sinkron lagi; tidak ada data yang hilang.</source>
        <translation>This computer&apos;s disk is full, so the latest data from the hub was not saved. Free up disk space, then sync again; no data has been lost.</translation>
    </message>
    <message>
        <source>Sesi Anda berakhir. Silakan masuk lagi.</source>
        <translation>Your session has expired. Please sign in again.</translation>
    </message>
    <message>
        <source>Anda tidak berwenang melakukan ini.</source>
        <translation>You are not authorized to do this.</translation>
    </message>
    <message>
        <source>Laporan ini tidak ada lagi di unit Anda.</source>
        <translation>This case is no longer in your unit.</translation>
    </message>
    <message>
        <source>Laporan ini sudah berubah di hub. Tinjau perubahannya lalu kirim ulang.</source>
        <translation>This case has changed on the hub. Review the changes, then send again.</translation>
    </message>
    <message>
        <source>Data terlalu besar untuk dikirim.</source>
        <translation>The data is too large to send.</translation>
    </message>
    <message>
        <source>Hub sedang sibuk; dicoba lagi dalam %1 detik.</source>
        <translation>The hub is busy; retrying in %1 seconds.</translation>
    </message>
    <message>
        <source>Hub sedang sibuk; dicoba lagi nanti.</source>
        <translation>The hub is busy; retrying later.</translation>
    </message>
    <message>
        <source>Hub sedang bermasalah (kode %1). LAPOR Desk akan mencoba lagi.</source>
        <translation>The hub is having problems (code %1). LAPOR Desk will try again.</translation>
    </message>
    <message>
        <source>Hub menolak permintaan (kode %1).</source>
        <translation>The hub rejected the request (code %1).</translation>
    </message>
    <message>
        <source>Hub menolak permintaan: %1</source>
        <translation>The hub rejected the request: %1</translation>
    </message>
    <message>
        <source>Akun Anda dinonaktifkan di hub, jadi Anda tidak dapat masuk atau sinkron. Hubungi admin instansi Anda.</source>
        <translation>Your account has been disabled on the hub, so you cannot sign in or sync. Contact your agency&apos;s admin.</translation>
    </message>
    <message>
        <source>Sertifikat hub tidak diterbitkan oleh CA yang dipercaya komputer ini, jadi koneksi dihentikan sebelum data apa pun dikirim. Bila hub memakai CA instansi, pasang berkas CA itu di Pengaturan (Sertifikat CA tambahan).</source>
        <translation>The hub&apos;s certificate was not issued by a CA this computer trusts, so the connection was stopped before any data was sent. If the hub uses your agency&apos;s CA, set that CA file in Preferences (Additional CA certificate).</translation>
    </message>
    <message>
        <source>Sertifikat hub sudah kedaluwarsa, jadi koneksi dihentikan sebelum data apa pun dikirim. Periksa tanggal komputer ini; bila benar, admin hub perlu memperbarui sertifikatnya.</source>
        <translation>The hub&apos;s certificate has expired, so the connection was stopped before any data was sent. Check this computer&apos;s date; if it is right, the hub&apos;s admin must renew the certificate.</translation>
    </message>
    <message>
        <source>Sertifikat hub belum berlaku, jadi koneksi dihentikan sebelum data apa pun dikirim. Periksa tanggal dan jam komputer ini.</source>
        <translation>The hub&apos;s certificate is not valid yet, so the connection was stopped before any data was sent. Check this computer&apos;s date and time.</translation>
    </message>
    <message>
        <source>Sertifikat hub dibuat untuk alamat lain, jadi koneksi dihentikan sebelum data apa pun dikirim. Periksa alamat hub di Pengaturan.</source>
        <translation>The hub&apos;s certificate was made for another address, so the connection was stopped before any data was sent. Check the hub address in Preferences.</translation>
    </message>
    <message>
        <source>Kunci sertifikat hub tidak sama dengan pin di Pengaturan, jadi koneksi dihentikan sebelum data apa pun dikirim. Mungkin ada pihak lain di jaringan, atau hub berganti sertifikat: tanyakan admin instansi Anda.</source>
        <translation>The hub certificate&apos;s key does not match the pin in Preferences, so the connection was stopped before any data was sent. Someone else may be on the network, or the hub changed its certificate: ask your agency&apos;s admin.</translation>
    </message>
    <message>
        <source>Sertifikat: subjek &quot;%1&quot;, penerbit &quot;%2&quot;, sidik jari SHA-256 %3.</source>
        <translation>Certificate: subject &quot;%1&quot;, issuer &quot;%2&quot;, SHA-256 fingerprint %3.</translation>
    </message>
    <message>
        <source>LAPOR Desk tidak mau menghubungi %1: hub di jaringan harus memakai https agar kata sandi dan laporan warga tidak terbaca orang lain. Perbaiki alamat hub di Pengaturan.</source>
        <translation>LAPOR Desk will not contact %1: a hub on the network must use https so that passwords and citizens&apos; complaints cannot be read by others. Correct the hub address in Preferences.</translation>
    </message>
    <message>
        <source>Hub mengalihkan permintaan ke alamat lain (%1). LAPOR Desk tidak mengikutinya dan tidak mengirim apa pun ke sana, termasuk kata sandi. Periksa alamat hub di Pengaturan atau hubungi admin instansi Anda.</source>
        <translation>The hub redirected the request to another address (%1). LAPOR Desk did not follow it and sent nothing there, not even the password. Check the hub address in Preferences or contact your agency&apos;s admin.</translation>
    </message>
    <message>
        <source>Sertifikat CA tambahan di Pengaturan tidak dapat dipakai (%1), jadi hub tidak dihubungi. Pilih berkas PEM yang benar atau kosongkan isian itu.</source>
        <translation>The additional CA certificate in Preferences cannot be used (%1), so the hub was not contacted. Choose the right PEM file or clear that field.</translation>
    </message>
    <message>
        <source>Permintaan ke hub ditolak oleh LAPOR Desk.</source>
        <translation>LAPOR Desk refused the request to the hub.</translation>
    </message>
    <message>
        <source>Jawaban hub lebih besar dari batas %1, jadi diputus dan tidak disimpan. Mencoba lagi tidak membantu; bila terus terjadi, hubungi admin instansi Anda.</source>
        <translation>The hub&apos;s answer is larger than the limit of %1, so it was cut off and not kept. Trying again will not help; if it keeps happening, contact your agency&apos;s admin.</translation>
    </message>
    <message>
        <source>Hub mengirim data yang tidak sah; data itu ditolak dan tidak ada yang diubah. Rinciannya ada di catatan sinkronisasi.</source>
        <translation>The hub sent invalid data; it was rejected and nothing was changed. The details are in the sync log.</translation>
    </message>
    <message>
        <source>Data LAPOR Desk di komputer ini tidak dapat ditulis, jadi data terakhir dari hub tidak disimpan. Pastikan folder profil dapat ditulis lalu sinkron lagi; tidak ada data yang hilang.</source>
        <translation>LAPOR Desk&apos;s data on this computer cannot be written, so the latest data from the hub was not saved. Make sure the profile folder is writable, then sync again; no data has been lost.</translation>
    </message>
    <message>
        <source>Basis data lokal tidak dapat menyimpan data dari hub; tidak ada yang diubah dan sinkron berikutnya mengulanginya. Rinciannya ada di catatan sinkronisasi.</source>
        <translation>The local database cannot store the data from the hub; nothing was changed and the next sync will try again. The details are in the sync log.</translation>
    </message>
</context>
<context>
    <name>lapor::ImageMetadata</name>
    <message>
        <source>berkas PNG terpotong sebelum akhir gambarnya</source>
        <translation>the PNG file is cut off before the end of its picture</translation>
    </message>
    <message>
        <source>susunan berkas PNG rusak</source>
        <translation>the PNG file&apos;s structure is damaged</translation>
    </message>
</context>
<context>
    <name>lapor::InboxViews</name>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Milik saya</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Belum ditindaklanjuti</source>
        <translation>Not yet followed up</translation>
    </message>
    <message>
        <source>Jatuh tempo ≤ 2 hari</source>
        <translation>Due in ≤ 2 days</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
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
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
</context>
<context>
    <name>lapor::LanguageBar</name>
    <message>
        <source>Pilih bahasa LAPOR Desk. Bisa diubah nanti di Pengaturan → Preferensi.</source>
        <translation>Choose the language of LAPOR Desk. It can be changed later in Settings → Preferences.</translation>
    </message>
    <message>
        <source>Tutup; tetap dalam bahasa ini</source>
        <translation>Close; keep this language</translation>
    </message>
</context>
<context>
    <name>lapor::LocalPasswordDialog</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message numerus="yes">
        <source>Kata sandi kunci paling sedikit %n karakter.</source>
        <translation>
            <numerusform>The unlock password needs at least %n character.</numerusform>
            <numerusform>The unlock password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Menyimpan kata sandi kunci untuk komputer ini.</source>
        <translation>Saves the lock password for this computer.</translation>
    </message>
</context>
<context>
    <name>lapor::LoginDialog</name>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <source>Isi kata sandi.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>Menghubungi hub…</source>
        <translation>Contacting the hub…</translation>
    </message>
    <message>
        <source>Masuk ke LAPOR Desk</source>
        <translation>Sign in to LAPOR Desk</translation>
    </message>
    <message>
        <source>Setiap orang punya data sendiri di LAPOR Desk ini: pilih nama Anda dan isi kata sandi. Yang belum pernah masuk di sini memilih Orang lain.</source>
        <translation>Everyone has their own data on this LAPOR Desk: choose your name and enter your password. If you have never signed in here, choose Someone else.</translation>
    </message>
    <message>
        <source>terakhir masuk %1</source>
        <translation>last signed in %1</translation>
    </message>
    <message>
        <source>Orang lain…
Masuk pertama kali di sini</source>
        <translation>Someone else…
Sign in here for the first time</translation>
    </message>
    <message>
        <source>Masuk lagi ke hub sebagai %1. Untuk bekerja sebagai orang lain, pilih Berkas → Ganti pengguna.</source>
        <translation>Sign in to the hub again as %1. To work as someone else, choose File → Switch user.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Masuk lewat browser</source>
        <translation>Sign in with browser</translation>
    </message>
    <message>
        <source>Kata sandi diketik di halaman hub pada peramban, bukan di LAPOR Desk.</source>
        <translation>The password is typed on the hub&apos;s page in the browser, not in LAPOR Desk.</translation>
    </message>
    <message>
        <source>Menunggu peramban…</source>
        <translation>Waiting for the browser…</translation>
    </message>
    <message>
        <source>Masuk ke hub dengan nama pengguna dan kata sandi ini.</source>
        <translation>Signs in to the hub with this user name and password.</translation>
    </message>
</context>
<context>
    <name>lapor::MainWindow</name>
    <message numerus="yes">
        <source>%n laporan</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum terhubung ke hub SP4N-LAPOR!</source>
        <translation>Not connected to an SP4N-LAPOR! hub yet</translation>
    </message>
    <message>
        <source>Masukkan alamat hub instansi Anda di Pengaturan → Preferensi (Ctrl+,), lalu masuk dengan akun SP4N-LAPOR! Anda.

Ingin mencoba dulu? Jalankan &quot;lapordesk --training&quot; untuk berlatih dengan laporan contoh tanpa menyentuh data sungguhan.</source>
        <translation>Enter your agency&apos;s hub address in Settings → Preferences (Ctrl+,), then sign in with your SP4N-LAPOR! account.

Want to try it first? Run &quot;lapordesk --training&quot; to practise with sample cases without touching real data.</translation>
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
        <source>Pilih laporan</source>
        <translation>Choose a case</translation>
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
    <message>
        <source>&amp;Laporan</source>
        <translation>&amp;Cases</translation>
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
        <translation>Try other words, clear the search, or reset the filters (Ctrl+Shift+X).</translation>
    </message>
    <message>
        <source>Tampilan ini kosong</source>
        <translation>This view is empty</translation>
    </message>
    <message>
        <source>Pilih laporan di daftar untuk membaca dan menindaklanjutinya. Panah atas/bawah berpindah laporan, Enter membukanya.</source>
        <translation>Select a case in the list to read it and follow it up. The up/down arrows move between cases, Enter opens one.</translation>
    </message>
    <message>
        <source>Laporan #%1 ditandai belum dibaca.</source>
        <translation>Case #%1 marked as unread.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belum tersedia di versi ini.</source>
        <translation>&quot;%1&quot; is not available in this version yet.</translation>
    </message>
    <message>
        <source>Simpan tampilan</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Nama tampilan (filter dan pencarian saat ini):</source>
        <translation>View name (current filters and search):</translation>
    </message>
    <message>
        <source>Tampilan &quot;%1&quot; disimpan.</source>
        <translation>View &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Ganti nama tampilan</source>
        <translation>Rename view</translation>
    </message>
    <message>
        <source>Nama baru:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Hapus tampilan</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <source>Hapus tampilan &quot;%1&quot;? Laporan di dalamnya tidak ikut terhapus.</source>
        <translation>Delete the view &quot;%1&quot;? The cases in it are not deleted.</translation>
    </message>
    <message>
        <source>Tampilan tidak dapat disimpan.</source>
        <translation>The view could not be saved.</translation>
    </message>
    <message>
        <source>Nama tampilan tidak dapat diganti.</source>
        <translation>The view could not be renamed.</translation>
    </message>
    <message>
        <source>Tidak ada draf yang menunggu persetujuan</source>
        <translation>No drafts waiting for approval</translation>
    </message>
    <message>
        <source>Draf yang diajukan petugas unit Anda muncul di sini setelah sinkronisasi (F5). Untuk saat ini tidak ada yang perlu Anda setujui.</source>
        <translation>Drafts submitted by your unit&apos;s officers appear here after a sync (F5). There is nothing for you to approve right now.</translation>
    </message>
    <message>
        <source>Tidak ada laporan di tampilan ini saat ini. Pilih tampilan lain di kiri (Ctrl+1 sampai Ctrl+8), atau sinkronkan (F5) untuk mengambil laporan baru.</source>
        <translation>There are no cases in this view right now. Choose another view on the left (Ctrl+1 to Ctrl+8), or sync (F5) to fetch new cases.</translation>
    </message>
</context>
<context>
    <name>lapor::NotaDinas</name>
    <message>
        <source>Keputusan atas draf ini tidak ditemukan di komputer ini.</source>
        <translation>The decision on this draft is not on this computer.</translation>
    </message>
    <message>
        <source>Nota dinas tidak dapat dibuat: %1 Perbaiki di Pengaturan → Nota dinas.</source>
        <translation>The memo (nota dinas) cannot be made: %1 Correct it in Settings → Memo (nota dinas).</translation>
    </message>
    <message>
        <source>Nomor nota dinas berikutnya sudah pernah dipakai di komputer ini; ubah pola nomornya di Pengaturan → Nota dinas.</source>
        <translation>The next memo number was already used on this computer; change the number pattern in Settings → Memo (nota dinas).</translation>
    </message>
    <message>
        <source>Nota dinas tidak dapat disimpan: %1</source>
        <translation>The memo (nota dinas) cannot be saved: %1</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis.</source>
        <translation>The file %1 cannot be written.</translation>
    </message>
    <message>
        <source>Berkas %1 bukan gambar yang dapat dibaca (%2). Pilih PNG atau JPEG.</source>
        <translation>The file %1 is not a readable image (%2). Choose a PNG or JPEG.</translation>
    </message>
    <message>
        <source>Logo tidak dapat disimpan di profil: %1</source>
        <translation>The logo cannot be saved in the profile: %1</translation>
    </message>
</context>
<context>
    <name>lapor::NotaDinasNumber</name>
    <message>
        <source>Pola nomor nota dinas masih kosong. Contoh: %1</source>
        <translation>The memo number pattern is empty. Example: %1</translation>
    </message>
    <message>
        <source>Pola nomor nota dinas terlalu panjang (maksimal %1 karakter).</source>
        <translation>The memo number pattern is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Pola nomor nota dinas tidak boleh memuat baris baru atau karakter kendali.</source>
        <translation>The memo number pattern cannot contain line breaks or control characters.</translation>
    </message>
    <message>
        <source>Pola nomor nota dinas memuat &quot;}&quot; tanpa &quot;{&quot; pasangannya.</source>
        <translation>The memo number pattern has a &quot;}&quot; without its &quot;{&quot;.</translation>
    </message>
    <message>
        <source>Pola nomor nota dinas memuat &quot;{&quot; yang tidak ditutup dengan &quot;}&quot;.</source>
        <translation>The memo number pattern has a &quot;{&quot; that is not closed with &quot;}&quot;.</translation>
    </message>
    <message>
        <source>Isian {%1} tidak dikenal dalam pola nomor nota dinas. Yang dapat dipakai: {n}, {yyyy}, {yy}, {mm}, {romawi}, {unit}.</source>
        <translation>{%1} is not a known placeholder in the memo number pattern. These can be used: {n}, {yyyy}, {yy}, {mm}, {romawi}, {unit}.</translation>
    </message>
    <message>
        <source>Pola nomor nota dinas harus memuat {n}, nomor urut dalam tahun itu.</source>
        <translation>The memo number pattern must contain {n}, the running number in the year.</translation>
    </message>
    <message>
        <source>Pola nomor nota dinas memuat {n} lebih dari sekali.</source>
        <translation>The memo number pattern contains {n} more than once.</translation>
    </message>
    <message>
        <source>Pola nomor nota dinas harus memuat tahun ({yyyy} atau {yy}): nomor urutnya mulai lagi dari 1 setiap tahun.</source>
        <translation>The memo number pattern must contain the year ({yyyy} or {yy}): the running number starts again at 1 every year.</translation>
    </message>
</context>
<context>
    <name>lapor::NotaDinasSettings</name>
    <message>
        <source>NIP harus %1 angka (boleh dipisah spasi); yang tertulis: &quot;%2&quot;.</source>
        <translation>The NIP must be %1 digits (spaces allowed); it reads: &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>lapor::NotaDinasSettingsDialog</name>
    <message>
        <source>Pengaturan nota dinas</source>
        <translation>Memo (nota dinas) settings</translation>
    </message>
    <message>
        <source>Nama instansi (kop)</source>
        <translation>Agency name (letterhead)</translation>
    </message>
    <message>
        <source>Alamat, telepon, laman (satu atau dua baris)</source>
        <translation>Address, phone, website (one or two lines)</translation>
    </message>
    <message>
        <source>Alamat (kop)</source>
        <translation>Address (letterhead)</translation>
    </message>
    <message>
        <source>tanpa logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Logo (kop)</source>
        <translation>Logo (letterhead)</translation>
    </message>
    <message>
        <source>Logo instansi</source>
        <translation>Agency logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Pola nomor</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <source>{n} nomor urut dalam tahun, {yyyy} atau {yy} tahun, {mm} bulan, {romawi} bulan dalam angka Romawi, {unit} kode unit</source>
        <translation>{n} running number in the year, {yyyy} or {yy} year, {mm} month, {romawi} month in Roman numerals, {unit} unit code</translation>
    </message>
    <message>
        <source>Kode unit ({unit})</source>
        <translation>Unit code ({unit})</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Nama penanda tangan</source>
        <translation>Signatory&apos;s name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>mis. Kepala Bidang Bina Marga</source>
        <translation>e.g. Head of the Roads Division</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP (civil servant number)</translation>
    </message>
    <message>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>Nomor urut dihitung per tahun di komputer ini dan tidak pernah dipakai ulang. Bila beberapa pejabat menyetujui draf di komputer yang berbeda, beri pola yang berbeda (mis. kode unit atau bidangnya) agar nomornya tidak sama.</source>
        <translation>The running number is counted per year on this computer and never reused. When several officials approve drafts on different computers, give each a different pattern (e.g. their unit or division code) so that their numbers differ.</translation>
    </message>
    <message>
        <source>Contoh: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <source>Nama instansi di kop nota dinas.</source>
        <translation>The agency&apos;s name in the memo&apos;s letterhead.</translation>
    </message>
    <message>
        <source>Alamat, telepon dan laman di kop nota dinas.</source>
        <translation>Address, telephone and website in the memo&apos;s letterhead.</translation>
    </message>
    <message>
        <source>Berkas logo instansi di kop; kosong berarti tanpa logo.</source>
        <translation>The agency&apos;s logo file for the letterhead; empty means no logo.</translation>
    </message>
    <message>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Memilih gambar PNG atau JPEG sebagai logo.</source>
        <translation>Chooses a PNG or JPEG image as the logo.</translation>
    </message>
    <message>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Nota dinas berikutnya dibuat tanpa logo.</source>
        <translation>The next memos are made without a logo.</translation>
    </message>
    <message>
        <source>Kode unit yang mengganti {unit} dalam pola nomor.</source>
        <translation>The unit code that replaces {unit} in the number pattern.</translation>
    </message>
    <message>
        <source>Unit pengirim nota dinas.</source>
        <translation>The unit the memo is from.</translation>
    </message>
    <message>
        <source>Pejabat yang menerima nota dinas.</source>
        <translation>The official the memo is addressed to.</translation>
    </message>
    <message>
        <source>Nama pejabat yang menandatangani.</source>
        <translation>The name of the signing official.</translation>
    </message>
    <message>
        <source>Jabatan pejabat yang menandatangani.</source>
        <translation>The position of the signing official.</translation>
    </message>
    <message>
        <source>Nomor induk pegawai penanda tangan, 18 angka.</source>
        <translation>The signer&apos;s civil servant number (NIP), 18 digits.</translation>
    </message>
    <message>
        <source>Gambar ini tidak dapat dipakai sebagai logo. Pilih berkas PNG atau JPEG lain.</source>
        <translation>This image cannot be used as the logo. Choose another PNG or JPEG file.</translation>
    </message>
</context>
<context>
    <name>lapor::NotificationFeed</name>
    <message>
        <source>Laporan baru ditugaskan kepada saya</source>
        <translation>New cases assigned to me</translation>
    </message>
    <message>
        <source>Draf menunggu persetujuan saya</source>
        <translation>Drafts awaiting my approval</translation>
    </message>
    <message>
        <source>Draf saya dikembalikan</source>
        <translation>My drafts returned</translation>
    </message>
    <message>
        <source>Tenggat besok</source>
        <translation>Deadline tomorrow</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Laporan #%1 ditugaskan kepada Anda.</source>
        <translation>Case #%1 has been assigned to you.</translation>
    </message>
    <message>
        <source>Draf tindak lanjut laporan #%1 menunggu persetujuan Anda.</source>
        <translation>The follow-up draft for case #%1 is awaiting your approval.</translation>
    </message>
    <message>
        <source>Draf Anda untuk laporan #%1 dikembalikan untuk diperbaiki.</source>
        <translation>Your draft for case #%1 was returned for revision.</translation>
    </message>
    <message>
        <source>Laporan #%1 jatuh tempo %2.</source>
        <translation>Case #%1 is due on %2.</translation>
    </message>
    <message>
        <source>Laporan #%1 mengalami konflik dengan hub; periksa draf atau tindakan Anda.</source>
        <translation>Case #%1 has a conflict with the hub; check your draft or actions.</translation>
    </message>
</context>
<context>
    <name>lapor::Notifier</name>
    <message>
        <source>Jenis pemberitahuan</source>
        <translation>Notification types</translation>
    </message>
    <message>
        <source>Pemberitahuan</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>LAPOR Desk</source>
        <translation>LAPOR Desk</translation>
    </message>
    <message numerus="yes">
        <source>%1 (dan %n pemberitahuan lain)</source>
        <translation>
            <numerusform>%1 (and %n other notification)</numerusform>
            <numerusform>%1 (and %n other notifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada pemberitahuan</source>
        <translation>No notifications yet</translation>
    </message>
    <message>
        <source>Bersihkan daftar</source>
        <translation>Clear list</translation>
    </message>
    <message numerus="yes">
        <source>%n pemberitahuan baru</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pemberitahuan baru. Buka kunci LAPOR Desk untuk melihatnya.</source>
        <translation>
            <numerusform>%n new notification. Unlock LAPOR Desk to see it.</numerusform>
            <numerusform>%n new notifications. Unlock LAPOR Desk to see them.</numerusform>
        </translation>
    </message>
    <message>
        <source>LAPOR Desk terkunci.</source>
        <translation>LAPOR Desk is locked.</translation>
    </message>
</context>
<context>
    <name>lapor::OutboxModel</name>
    <message>
        <source>Dicoba lagi pukul %1.</source>
        <translation>Retrying at %1.</translation>
    </message>
    <message>
        <source>%1 Dicoba lagi pukul %2.</source>
        <translation>%1 Retrying at %2.</translation>
    </message>
    <message>
        <source>Menunggu dikirim saat hub dapat dihubungi.</source>
        <translation>Waiting to be sent when the hub can be reached.</translation>
    </message>
    <message>
        <source>Sedang dikirim ke hub.</source>
        <translation>Being sent to the hub.</translation>
    </message>
    <message>
        <source>Diterima hub.</source>
        <translation>Accepted by the hub.</translation>
    </message>
    <message>
        <source>Keadaan laporan di hub sudah berubah. Tinjau lalu kirim ulang, atau buang.</source>
        <translation>The case state on the hub has changed. Review it and send again, or discard.</translation>
    </message>
    <message>
        <source>Ditolak hub.</source>
        <translation>Rejected by the hub.</translation>
    </message>
    <message>
        <source>Dibuang.</source>
        <translation>Discarded.</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Percobaan</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>lapor::OutboxPanel</name>
    <message>
        <source>Coba kirim lagi</source>
        <translation>Retry sending</translation>
    </message>
    <message>
        <source>Tinjau keadaan kasus dan kirim ulang</source>
        <translation>Review case state and send again</translation>
    </message>
    <message>
        <source>Buang tindakan</source>
        <translation>Discard action</translation>
    </message>
    <message>
        <source>Buka laporan</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Kirim sekarang</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Tampilkan yang sudah terkirim</source>
        <translation>Show sent items</translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation>Retry</translation>
    </message>
    <message numerus="yes">
        <source>%n tindakan menunggu dikirim</source>
        <translation>
            <numerusform>%n action waiting to be sent</numerusform>
            <numerusform>%n actions waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n konflik perlu ditinjau</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gagal</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Kirim lagi tanpa perubahan, berdasarkan keadaan laporan terbaru di hub.</source>
        <translation>Send again without changes, based on the latest case state on the hub.</translation>
    </message>
    <message>
        <source>Kirim lagi tindakan yang ditolak atau gagal.</source>
        <translation>Send rejected or failed actions again.</translation>
    </message>
    <message>
        <source>Tidak ada tindakan yang menunggu. Semua sudah diterima hub.</source>
        <translation>No actions are waiting. Everything has been accepted by the hub.</translation>
    </message>
    <message>
        <source>Pilih satu tindakan untuk melihat keterangannya.</source>
        <translation>Select an action to see its details.</translation>
    </message>
    <message>
        <source>Pilihan: tinjau keadaan laporan yang baru lalu kirim ulang, atau buang tindakan ini. Tidak ada yang hilang sebelum Anda memilih.</source>
        <translation>Options: review the new case state and send again, or discard this action. Nothing is lost until you choose.</translation>
    </message>
    <message>
        <source>Tindakan ini milik pengguna lain dan dikirim saat ia masuk.</source>
        <translation>This action belongs to another user and is sent when they sign in.</translation>
    </message>
    <message>
        <source>Draf tindak lanjut ini dibuang dan tidak akan dikirim ke hub.</source>
        <translation>This follow-up draft will be discarded and will not be sent to the hub.</translation>
    </message>
    <message>
        <source>Tindakan &quot;%1&quot; tidak akan dikirim ke hub.</source>
        <translation>The action &quot;%1&quot; will not be sent to the hub.</translation>
    </message>
    <message>
        <source>Catatannya tetap tersimpan di kotak keluar. Lanjutkan?</source>
        <translation>Its record stays in the outbox. Continue?</translation>
    </message>
    <message>
        <source>Tindakan ini tidak dapat dijadwalkan ulang.</source>
        <translation>This action could not be scheduled again.</translation>
    </message>
    <message>
        <source>Tindakan ini tidak dapat dibuang.</source>
        <translation>This action could not be discarded.</translation>
    </message>
    <message>
        <source>Kotak keluar kosong: semua yang Anda kerjakan sudah terkirim. Tindak lanjut, disposisi dan catatan yang Anda simpan menunggu di sini sampai terkirim.</source>
        <translation>The outbox is empty: everything you did has been sent. Follow-ups, dispositions and notes you save wait here until they are sent.</translation>
    </message>
</context>
<context>
    <name>lapor::OutboxPusher</name>
    <message>
        <source>Menunggu pengguna yang membuatnya masuk; hanya sesi penulisnya yang dapat mengirim tindakan ini.</source>
        <translation>Waiting for the user who created it to sign in; only its author&apos;s session can send this action.</translation>
    </message>
    <message>
        <source>Laporan ini sudah dipindahkan dari unit Anda; tindakan tidak dikirim. Draf tetap disimpan.</source>
        <translation>This case has been moved out of your unit; the action was not sent. The draft is kept.</translation>
    </message>
    <message>
        <source>Berkas lampiran %1 tidak ada lagi di profil; lampirkan ulang di draf.</source>
        <translation>The attachment file %1 is no longer in the profile; attach it again in the draft.</translation>
    </message>
    <message>
        <source>Jawaban hub untuk %1 tidak terbaca; sinkronisasi berikutnya melengkapinya.</source>
        <translation>The hub&apos;s response for %1 could not be read; the next sync will complete it.</translation>
    </message>
    <message>
        <source>Laporan ini sudah tidak berada di unit Anda (dipindahkan atau di luar wewenang). Tindakan tidak diterapkan; draf tetap disimpan.</source>
        <translation>This case is no longer in your unit (moved or not within your authority). The action was not applied; the draft is kept.</translation>
    </message>
    <message>
        <source>Draf sudah berubah di hub sejak Anda memeriksanya; keputusan ini ditolak dan draf kembali untuk ditinjau.</source>
        <translation>The draft has changed on the hub since you reviewed it; this decision was rejected and the draft is back for review.</translation>
    </message>
    <message>
        <source>Hub menolak: penulis draf tidak boleh memutuskan drafnya sendiri.</source>
        <translation>Rejected by the hub: a draft&apos;s author may not decide on their own draft.</translation>
    </message>
    <message>
        <source>Hub menolak: peran Anda tidak berwenang melakukan tindakan ini.</source>
        <translation>Rejected by the hub: your role is not authorized to perform this action.</translation>
    </message>
    <message>
        <source>%1 terkirim, %2 konflik, %3 gagal, %4 menunggu</source>
        <translation>%1 sent, %2 conflicts, %3 failed, %4 waiting</translation>
    </message>
    <message>
        <source>; %1 milik pengguna lain menunggu sesi mereka</source>
        <translation>; %1 from other users waiting for their sessions</translation>
    </message>
    <message>
        <source> (dibatalkan)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <source>Tindakan ini tersimpan dalam bentuk yang tidak dikenal versi ini; buang lalu ulangi tindakannya.</source>
        <translation>This action is stored in a form this version does not know; discard it and repeat the action.</translation>
    </message>
    <message>
        <source>Metadata foto %1 tidak dapat dibuang karena %2, jadi foto itu tidak dikirim. Hapus lampiran itu dari draf, simpan ulang fotonya, lalu lampirkan lagi.</source>
        <translation>The metadata of photo %1 cannot be removed because %2, so the photo was not sent. Remove that attachment from the draft, save the photo again, then attach it again.</translation>
    </message>
</context>
<context>
    <name>lapor::OutboxRepository</name>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Mengirim</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Dibuang</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <source>Ajukan draf (revisi %1)</source>
        <translation>Submit draft (revision %1)</translation>
    </message>
    <message>
        <source>Setujui draf (revisi %1)</source>
        <translation>Approve draft (revision %1)</translation>
    </message>
    <message>
        <source>Kembalikan draf (revisi %1)</source>
        <translation>Return draft (revision %1)</translation>
    </message>
    <message>
        <source>Disposisi ke unit %1</source>
        <translation>Forward to unit %1</translation>
    </message>
    <message>
        <source>Kembalikan sebagai bukan wewenang</source>
        <translation>Return as not our authority</translation>
    </message>
    <message>
        <source>Catatan internal</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Unggah lampiran %1</source>
        <translation>Upload attachment %1</translation>
    </message>
    <message>
        <source>Hanya entri yang konflik atau gagal yang dapat dikirim ulang atau dibuang.</source>
        <translation>Only conflicting or failed entries can be sent again or discarded.</translation>
    </message>
    <message>
        <source>Dibuang oleh pengguna. Alasan sebelumnya: %1</source>
        <translation>Discarded by the user. Previous reason: %1</translation>
    </message>
    <message>
        <source>Tindakan yang tidak dikenal versi ini</source>
        <translation>An action this version does not know</translation>
    </message>
</context>
<context>
    <name>lapor::OverdueFigure</name>
    <message>
        <source>≤ 5 hari kerja</source>
        <translation>≤ 5 working days</translation>
    </message>
    <message>
        <source>6–10 hari kerja</source>
        <translation>6–10 working days</translation>
    </message>
    <message>
        <source>11–20 hari kerja</source>
        <translation>11–20 working days</translation>
    </message>
    <message>
        <source>&gt; 20 hari kerja</source>
        <translation>&gt; 20 working days</translation>
    </message>
</context>
<context>
    <name>lapor::PersonSignIn</name>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message numerus="yes">
        <source>Hub tidak dapat dihubungi, dan terlalu banyak kata sandi salah di komputer ini. Coba lagi dalam %n detik.</source>
        <translation>
            <numerusform>The hub cannot be reached, and too many wrong passwords were typed on this computer. Try again in %n second.</numerusform>
            <numerusform>The hub cannot be reached, and too many wrong passwords were typed on this computer. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub tidak dapat dihubungi, dan kata sandi tidak cocok dengan yang tersimpan di komputer ini dari masuk terakhir Anda.</source>
        <translation>The hub cannot be reached, and the password does not match the one this computer kept from your last sign-in.</translation>
    </message>
    <message>
        <source>Hub tidak dapat dihubungi; Anda bekerja tanpa hub. Sinkronisasi berjalan begitu hub dapat dihubungi.</source>
        <translation>The hub cannot be reached; you are working without it. Syncing starts as soon as the hub can be reached.</translation>
    </message>
    <message>
        <source>Hub tidak menyebut pengguna yang masuk.</source>
        <translation>The hub did not say who signed in.</translation>
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
    <name>lapor::ProfileHome</name>
    <message>
        <source>Folder profil %1 tidak dapat dibuat atau ditulisi.</source>
        <translation>The profile folder %1 cannot be created or written.</translation>
    </message>
    <message>
        <source>Pengguna tidak dikenal.</source>
        <translation>Unknown user.</translation>
    </message>
    <message>
        <source>Sebagian data di %1 tidak dapat dihapus.</source>
        <translation>Some of the data in %1 could not be deleted.</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Profil lama tidak dapat dipindahkan: %1 tetap di %2.</source>
        <translation>The older profile cannot be moved: %1 stays in %2.</translation>
    </message>
</context>
<context>
    <name>lapor::QuarantineDialog</name>
    <message>
        <source>Tersalin</source>
        <translation>Copied</translation>
    </message>
    <message numerus="yes">
        <source>%n catatan dari hub tidak dapat dibaca.</source>
        <translation>
            <numerusform>%n record from the hub could not be read.</numerusform>
            <numerusform>%n records from the hub could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>(tidak terbaca)</source>
        <translation>(unreadable)</translation>
    </message>
    <message>
        <source>Jenis: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Alasan: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Diterima: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <source>Kursor: %1</source>
        <translation>Cursor: %1</translation>
    </message>
    <message>
        <source>(awal)</source>
        <translation>(start)</translation>
    </message>
    <message>
        <source>Catatan: %1</source>
        <translation>Record: %1</translation>
    </message>
</context>
<context>
    <name>lapor::QuarantineNotice</name>
    <message numerus="yes">
        <source>%n catatan dari hub tidak dapat dibaca. Sinkronisasi tetap berjalan; salin rinciannya untuk admin instansi.</source>
        <translation>
            <numerusform>%n record from the hub could not be read. Syncing goes on; copy the details for your agency&apos;s administrator.</numerusform>
            <numerusform>%n records from the hub could not be read. Syncing goes on; copy the details for your agency&apos;s administrator.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rincian…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Rincian catatan yang tidak terbaca</source>
        <translation>Details of unreadable records</translation>
    </message>
</context>
<context>
    <name>lapor::RelatedCases</name>
    <message>
        <source>kategori sama</source>
        <translation>same category</translation>
    </message>
    <message>
        <source>kata: %1</source>
        <translation>words: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n kata sama</source>
        <translation>
            <numerusform>%n shared word</numerusform>
            <numerusform>%n shared words</numerusform>
        </translation>
    </message>
    <message>
        <source>pelapor sama</source>
        <translation>same reporter</translation>
    </message>
    <message>
        <source>Duplikat dari laporan #%1.</source>
        <translation>Duplicate of case #%1.</translation>
    </message>
    <message>
        <source>Terkait dengan laporan #%1.</source>
        <translation>Related to case #%1.</translation>
    </message>
    <message>
        <source>Laporan #%1 tidak ada di profil ini.</source>
        <translation>Case #%1 is not in this profile.</translation>
    </message>
</context>
<context>
    <name>lapor::RelatedCasesPanel</name>
    <message>
        <source>Laporan terkait tidak dapat dicari: %1</source>
        <translation>Related cases could not be looked up: %1</translation>
    </message>
    <message>
        <source>Tidak ada laporan lain di komputer ini yang tampak membahas hal yang sama.</source>
        <translation>No other case on this computer seems to be about the same thing.</translation>
    </message>
    <message>
        <source>Jawaban laporan rahasia tidak dipakai untuk laporan lain.</source>
        <translation>The answer to a confidential case is not used for other cases.</translation>
    </message>
    <message>
        <source>Draf baru laporan ini dimulai dari jawaban terakhir laporan #%1. Periksa dan sesuaikan: jawaban itu ditulis untuk pelapor lain.</source>
        <translation>A new draft for this case starts from the latest answer to case #%1. Check and adapt it: that answer was written to another reporter.</translation>
    </message>
    <message>
        <source>Laporan #%1 belum punya jawaban.</source>
        <translation>Case #%1 has no answer yet.</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Laporan terkait</source>
        <translation>Related cases</translation>
    </message>
    <message>
        <source>Keterangan laporan terkait</source>
        <translation>About related cases</translation>
    </message>
    <message>
        <source>Tautkan laporan terpilih sebagai terkait</source>
        <translation>Link the selected case as related</translation>
    </message>
    <message>
        <source>Tautkan laporan terpilih sebagai duplikat</source>
        <translation>Link the selected case as duplicate</translation>
    </message>
    <message>
        <source>Mulai draf baru dari jawaban laporan terpilih</source>
        <translation>Start a new draft from the selected case&apos;s answer</translation>
    </message>
    <message>
        <source>Buka laporan terpilih</source>
        <translation>Open the selected case</translation>
    </message>
    <message>
        <source>Pilih satu untuk menautkannya sebagai terkait atau duplikat (dicatat sebagai catatan internal), atau untuk memakai jawabannya sebagai awal draf baru.</source>
        <translation>Select one to link it as related or duplicate (recorded as an internal note), or to use its answer to start a new draft.</translation>
    </message>
    <message>
        <source>Tandai &amp;terkait</source>
        <translation>Mark &amp;related</translation>
    </message>
    <message>
        <source>Tandai &amp;duplikat</source>
        <translation>Mark &amp;duplicate</translation>
    </message>
    <message>
        <source>Pakai &amp;jawaban</source>
        <translation>Use &amp;answer</translation>
    </message>
    <message>
        <source>B&amp;uka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Mencatat tautan sebagai catatan internal laporan ini; dikirim saat sinkron.</source>
        <translation>Records the link as an internal note on this case; sent with the next sync.</translation>
    </message>
    <message>
        <source>Mencatat bahwa laporan terpilih sama dengan laporan ini, sebagai catatan internal.</source>
        <translation>Records, as an internal note, that the selected case is the same as this one.</translation>
    </message>
    <message>
        <source>Membuka editor dengan jawaban terakhir laporan terpilih sebagai awal teks.</source>
        <translation>Opens the editor with the selected case&apos;s last answer as the starting text.</translation>
    </message>
    <message>
        <source>Menampilkan laporan terpilih di panel laporan.</source>
        <translation>Shows the selected case in the case pane.</translation>
    </message>
</context>
<context>
    <name>lapor::ReplyTemplates</name>
    <message>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Templat &quot;%1&quot; menyebut nama pelapor dan tidak dapat dipakai untuk laporan anonim.</source>
        <translation>The template &quot;%1&quot; mentions the reporter&apos;s name and cannot be used for anonymous cases.</translation>
    </message>
    <message>
        <source>unit kami</source>
        <translation>our unit</translation>
    </message>
</context>
<context>
    <name>lapor::Reports</name>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Rekapitulasi Pengelolaan Pengaduan</source>
        <translation>Complaint handling recap</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Laporan diterima</source>
        <translation>Cases received</translation>
    </message>
    <message>
        <source>Sudah ditindaklanjuti</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Ditindaklanjuti ≤ 5 hari kerja</source>
        <translation>Followed up in ≤ 5 working days</translation>
    </message>
    <message>
        <source>Ditindaklanjuti &gt; 5 hari kerja</source>
        <translation>Followed up in &gt; 5 working days</translation>
    </message>
    <message>
        <source>Belum ditindaklanjuti, lewat 5 hari kerja</source>
        <translation>Not yet followed up, past 5 working days</translation>
    </message>
    <message>
        <source>Belum ditindaklanjuti, masih dalam 5 hari kerja</source>
        <translation>Not yet followed up, still within 5 working days</translation>
    </message>
    <message>
        <source>Dijawab ≤ 5 hari kerja (%)</source>
        <translation>Answered in ≤ 5 working days (%)</translation>
    </message>
    <message>
        <source>Rata-rata hari kerja sampai tindak lanjut pertama</source>
        <translation>Average working days to first follow-up</translation>
    </message>
    <message>
        <source>Laporan terlambat saat ini</source>
        <translation>Cases overdue now</translation>
    </message>
    <message>
        <source>Penilaian warga: jumlah</source>
        <translation>Citizen ratings: count</translation>
    </message>
    <message>
        <source>Penilaian warga: rata-rata (1–5)</source>
        <translation>Citizen ratings: average (1–5)</translation>
    </message>
    <message>
        <source>Laporan per status</source>
        <translation>Cases by status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Diterima dan ditindaklanjuti per minggu</source>
        <translation>Received and followed up per week</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Ditindaklanjuti</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>≤ 5 hari kerja</source>
        <translation>≤ 5 working days</translation>
    </message>
    <message>
        <source>Belum, lewat 5 hari kerja</source>
        <translation>Not yet, past 5 working days</translation>
    </message>
    <message>
        <source>Rata-rata hari kerja</source>
        <translation>Average working days</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>(belum ditugaskan)</source>
        <translation>(not assigned yet)</translation>
    </message>
    <message>
        <source>Tindak lanjut pertama per unit</source>
        <translation>First follow-up by unit</translation>
    </message>
    <message>
        <source>Tindak lanjut pertama per petugas</source>
        <translation>First follow-up by officer</translation>
    </message>
    <message>
        <source>Penilaian warga</source>
        <translation>Citizen ratings</translation>
    </message>
    <message>
        <source>Bintang</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>Laporan terlambat menurut lama keterlambatan</source>
        <translation>Overdue cases by how late they are</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Daftar Laporan Terlambat</source>
        <translation>Overdue cases list</translation>
    </message>
    <message>
        <source>Laporan terlambat</source>
        <translation>Overdue cases</translation>
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
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Terlambat (hari kerja)</source>
        <translation>Overdue (working days)</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis.</source>
        <translation>The file %1 cannot be written.</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Periode: %1 (%2 s.d. %3)</source>
        <translation>Period: %1 (%2 to %3)</translation>
    </message>
    <message>
        <source>Dibuat: %1</source>
        <translation>Generated: %1</translation>
    </message>
</context>
<context>
    <name>lapor::Retention</name>
    <message numerus="yes">
        <source>%n tindakan belum terkirim ke hub:</source>
        <translation>
            <numerusform>%n action not yet sent to the hub:</numerusform>
            <numerusform>%n actions not yet sent to the hub:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2, laporan #%3</source>
        <translation>%1. %2, report #%3</translation>
    </message>
    <message>
        <source>Diantrekan: %1</source>
        <translation>Queued: %1</translation>
    </message>
    <message>
        <source>Keadaan: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Keadaan: %1 (%2)</source>
        <translation>State: %1 (%2)</translation>
    </message>
    <message>
        <source>Teks:</source>
        <translation>Text:</translation>
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
    <name>lapor::SavedViewRepository</name>
    <message>
        <source>Nama tampilan tidak boleh kosong.</source>
        <translation>The view name cannot be empty.</translation>
    </message>
    <message>
        <source>Nama tampilan paling panjang %1 karakter.</source>
        <translation>A view name can be at most %1 characters long.</translation>
    </message>
    <message>
        <source>Sudah ada tampilan bernama &quot;%1&quot;.</source>
        <translation>A view named &quot;%1&quot; already exists.</translation>
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
    <message>
        <source>Sertifikat CA tambahan</source>
        <translation>Additional CA certificate</translation>
    </message>
    <message>
        <source>Sertifikat PEM (*.pem *.crt *.cer);;Semua berkas (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Berkas %1 tidak ada atau tidak dapat dibaca.</source>
        <translation>The file %1 does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>Pin kunci hub</source>
        <translation>Hub key pin</translation>
    </message>
    <message>
        <source>Pin harus berupa base64 dari SHA-256 (44 karakter, diakhiri &quot;=&quot;), seperti yang diberikan admin instansi Anda.</source>
        <translation>The pin must be the base64 of a SHA-256 (44 characters ending in &quot;=&quot;), as your agency&apos;s admin gives it.</translation>
    </message>
    <message>
        <source>Nota dinas…</source>
        <translation>Memo (nota dinas)…</translation>
    </message>
    <message>
        <source>Kop, pola nomor dan tanda tangan nota dinas</source>
        <translation>Letterhead, number pattern and signature of the memo (nota dinas)</translation>
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
    <message>
        <source>Belum Ditindaklanjuti</source>
        <translation>Not yet followed up</translation>
    </message>
    <message>
        <source>Diproses</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>lapor::Supervision</name>
    <message>
        <source>&amp;Dasbor pengawasan</source>
        <translation>Supervision dash&amp;board</translation>
    </message>
    <message>
        <source>Angka unit atau instansi, laporan rekap dan daftar terlambat</source>
        <translation>Unit or agency figures, recap report and overdue list</translation>
    </message>
</context>
<context>
    <name>lapor::SupervisionSetup</name>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
</context>
<context>
    <name>lapor::SyncController</name>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Gagal masuk: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <source>Masuk sebagai %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <source>Sesi berakhir; silakan masuk lagi.</source>
        <translation>Session expired; please sign in again.</translation>
    </message>
    <message>
        <source>Keluar dari hub.</source>
        <translation>Signed out of the hub.</translation>
    </message>
    <message>
        <source>Sinkronisasi dimulai.</source>
        <translation>Sync started.</translation>
    </message>
    <message>
        <source>Kirim: %1</source>
        <translation>Send: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sinkronisasi selesai: %n catatan.</source>
        <translation>
            <numerusform>Sync finished: %n record.</numerusform>
            <numerusform>Sync finished: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sinkronisasi gagal: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Hub dapat dihubungi.</source>
        <translation>The hub can be reached.</translation>
    </message>
    <message>
        <source>Hub tidak dapat dihubungi.</source>
        <translation>The hub cannot be reached.</translation>
    </message>
    <message numerus="yes">
        <source>%n catatan dari hub tidak dapat dibaca dan disisihkan; lihat Rincian.</source>
        <translation>
            <numerusform>%n record from the hub could not be read and was set aside; see Details.</numerusform>
            <numerusform>%n records from the hub could not be read and were set aside; see Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lampiran tidak diunduh di muka: koneksi ini berkuota (lihat Pengaturan).</source>
        <translation>Attachments not downloaded ahead: this connection is metered (see Settings).</translation>
    </message>
    <message>
        <source>Jumlah data sinkronisasi tidak dapat dicatat: %1</source>
        <translation>The amount of sync data could not be recorded: %1</translation>
    </message>
    <message>
        <source>Data: %1 dikirim, %2 diterima.</source>
        <translation>Data: %1 sent, %2 received.</translation>
    </message>
</context>
<context>
    <name>lapor::SyncEngine</name>
    <message>
        <source>Sinkronisasi dibatalkan.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Retensi: %n laporan dihapus dari komputer ini (tetap tersimpan di hub).</source>
        <translation>
            <numerusform>Retention: %n report deleted from this computer (the hub still keeps it).</numerusform>
            <numerusform>Retention: %n reports deleted from this computer (the hub still keeps them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lapor::SyncLogDialog</name>
    <message>
        <source>Galat terakhir: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n catatan dari hub tidak dapat dibaca.</source>
        <translation>
            <numerusform>%n record from the hub could not be read.</numerusform>
            <numerusform>%n records from the hub could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sinkronisasi</source>
        <translation>
            <numerusform>%n sync</numerusform>
            <numerusform>%n syncs</numerusform>
        </translation>
    </message>
    <message>
        <source>berhasil</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>gagal</source>
        <translation>failed</translation>
    </message>
</context>
<context>
    <name>lapor::SyncStatusWidget</name>
    <message>
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n menit lalu</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jam lalu</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>kemarin</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>Hub belum diatur</source>
        <translation>Hub not set up</translation>
    </message>
    <message>
        <source>Sinkronisasi %1/%2</source>
        <translation>Syncing %1/%2</translation>
    </message>
    <message>
        <source>Sinkronisasi…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Daring</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Luring</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>belum masuk</source>
        <translation>not signed in</translation>
    </message>
    <message numerus="yes">
        <source>%n tindakan menunggu</source>
        <translation>
            <numerusform>%n action waiting</numerusform>
            <numerusform>%n actions waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>sinkron gagal</source>
        <translation>sync failed</translation>
    </message>
    <message>
        <source>sinkron %1</source>
        <translation>synced %1</translation>
    </message>
    <message>
        <source>belum pernah sinkron</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>Klik untuk melihat catatan sinkronisasi.</source>
        <translation>Click to see the sync log.</translation>
    </message>
    <message>
        <source>Kemajuan sinkronisasi</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Bagian catatan dari hub yang sudah diterima.</source>
        <translation>How much of the hub&apos;s records has arrived.</translation>
    </message>
    <message>
        <source>Status sinkronisasi: %1</source>
        <translation>Sync status: %1</translation>
    </message>
</context>
<context>
    <name>lapor::TimelineText</name>
    <message>
        <source>Disposisi ke %1</source>
        <translation>Forwarded to %1</translation>
    </message>
    <message>
        <source>Disposisi: %1 → %2</source>
        <translation>Forwarded: %1 → %2</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Tindak lanjut · %1</source>
        <translation>Follow-up · %1</translation>
    </message>
    <message>
        <source>Balasan pelapor · penilaian %1 (%2/5)</source>
        <translation>Reporter&apos;s reply · rating %1 (%2/5)</translation>
    </message>
    <message>
        <source>Balasan pelapor</source>
        <translation>Reporter&apos;s reply</translation>
    </message>
    <message>
        <source>Catatan internal</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Draf tindak lanjut (%1)</source>
        <translation>Follow-up draft (%1)</translation>
    </message>
    <message>
        <source>Draf revisi %1 diajukan untuk persetujuan</source>
        <translation>Draft revision %1 submitted for approval</translation>
    </message>
    <message>
        <source>Draf revisi %1 disetujui</source>
        <translation>Draft revision %1 approved</translation>
    </message>
    <message>
        <source>Draf revisi %1 dikembalikan</source>
        <translation>Draft revision %1 returned</translation>
    </message>
    <message>
        <source>Laporan diterima</source>
        <translation>Case received</translation>
    </message>
    <message>
        <source>Laporan diterima melalui %1</source>
        <translation>Case received via %1</translation>
    </message>
    <message>
        <source>Nota dinas %1 dibuat</source>
        <translation>Memo (nota dinas) %1 made</translation>
    </message>
</context>
<context>
    <name>lapor::TrainingHub</name>
    <message>
        <source>Hub pelatihan (laporhub) tidak ditemukan di %1.</source>
        <translation>Training hub (laporhub) not found in %1.</translation>
    </message>
    <message>
        <source>Hub pelatihan gagal dijalankan (kode %1).</source>
        <translation>The training hub failed to start (code %1).</translation>
    </message>
</context>
<context>
    <name>lapor::ViewListModel</name>
    <message>
        <source>Tampilan tersimpan</source>
        <translation>Saved views</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n laporan</source>
        <translation>
            <numerusform>%1, %n case</numerusform>
            <numerusform>%1, %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n laporan</source>
        <translation>
            <numerusform>%1: %n case</numerusform>
            <numerusform>%1: %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Tampilan</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>lapor::hub::LoginPage</name>
    <message>
        <source>Tidak dapat masuk</source>
        <translation>Cannot sign in</translation>
    </message>
    <message>
        <source>Halaman ini sudah kedaluwarsa. Buka lagi alamat yang ditampilkan perangkat Anda.</source>
        <translation>This page has expired. Open the address your device shows again.</translation>
    </message>
    <message>
        <source>Terlalu banyak kode salah. Coba lagi beberapa menit lagi.</source>
        <translation>Too many wrong codes. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Kode perangkat tidak dikenal atau sudah kedaluwarsa.</source>
        <translation>The device code is unknown or has expired.</translation>
    </message>
    <message>
        <source>Masuk dibatalkan</source>
        <translation>Sign-in cancelled</translation>
    </message>
    <message>
        <source>Perangkat itu tidak masuk. Anda boleh menutup halaman ini.</source>
        <translation>That device was not signed in. You can close this page.</translation>
    </message>
    <message>
        <source>Perangkat sudah masuk</source>
        <translation>The device is signed in</translation>
    </message>
    <message>
        <source>Anda boleh menutup halaman ini dan kembali ke perangkat Anda.</source>
        <translation>You can close this page and return to your device.</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Ketik kode yang ditampilkan di perangkat Anda, lalu masuk.</source>
        <translation>Type the code shown on your device, then sign in.</translation>
    </message>
    <message>
        <source>%1 meminta izin masuk atas nama Anda.</source>
        <translation>%1 asks to sign in on your behalf.</translation>
    </message>
    <message>
        <source>Kode perangkat</source>
        <translation>Device code</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Periksa alamat di peramban sebelum mengetik kata sandi.</source>
        <translation>Check the address in the browser before typing your password.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan gagal. Coba lagi dalam %1 detik.</source>
        <translation>Too many failed attempts. Try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi admin instansi Anda.</source>
        <translation>This account is disabled. Contact your agency&apos;s admin.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Permintaan masuk ini tidak sah.</source>
        <translation>This sign-in request is not valid.</translation>
    </message>
    <message>
        <source>Aplikasi yang meminta masuk tidak dikenal.</source>
        <translation>The application asking to sign in is unknown.</translation>
    </message>
    <message>
        <source>Alamat kembali aplikasi ini tidak diizinkan.</source>
        <translation>This application&apos;s return address is not allowed.</translation>
    </message>
    <message>
        <source>Halaman masuk ini sudah kedaluwarsa. Mulai lagi dari aplikasi LAPOR Desk.</source>
        <translation>This sign-in page has expired. Start again from the LAPOR Desk application.</translation>
    </message>
</context>
</TS>

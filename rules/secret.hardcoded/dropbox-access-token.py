import os
import dropbox

# ruleid: dropbox-access-token
dbx = dropbox.Dropbox("sl.u.E_LHFWoCGuCGNJe33aQs9MvRiM9J-qiygSCgyfSwPY4FR-zUUtgJteYhYtbjX_NDZdnv04f8le_WB6ecuPHBr1FBol3zrXib86Ww7CW2WhQMDFZAhRVPraGabic3jpAEju02S5n2uKpHfGFd5wqiOzjPRPByN-JRW9ywYMaINGPBQuO7PiDfl2v-TJzNT2HDUyLG7KPtaeB-hxMLZmrA9lspYIznk1OnvOseVc1ulNsNnS0Aku4MFTeJziBE8R9Lsg1tAtGNf45-5AVXPs6VxDKy6AWsWpYAeDNJ5H8VjrZN")
# ok: dropbox-access-token
dbx = dropbox.Dropbox(os.environ["DROPBOX_ACCESS_TOKEN"])
# ruleid: dropbox-access-token
dropbox_token = "yoKo5N51UsGAAAAAAAAAA7nNdsw-RE39tRBqb4_C4dSBfi7xHV4SkCm5uLhhuduf"
# ok: dropbox-access-token
ssl.create_default_context()

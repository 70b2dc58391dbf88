# fixture-path: app/services/imports.py
import os
import tarfile
import zipfile


def unpack_zip(upload_path, dest):
    with zipfile.ZipFile(upload_path) as zf:
        for member in zf.infolist():
            # ruleid: archive-entry-path-traversal
            target = os.path.join(dest, member.filename)
            with open(target, "wb") as out:
                out.write(zf.read(member))


def unpack_zip_checked(upload_path, dest):
    root = os.path.realpath(dest)
    with zipfile.ZipFile(upload_path) as zf:
        for member in zf.infolist():
            # ok: archive-entry-path-traversal (checked against the folder)
            target = os.path.realpath(os.path.join(dest, member.filename))
            if os.path.commonpath([root, target]) != root:
                raise ValueError("bad entry")
            with open(target, "wb") as out:
                out.write(zf.read(member))


def unpack_all_zip(upload_path, dest):
    with zipfile.ZipFile(upload_path) as zf:
        # ok: archive-entry-path-traversal (ZipFile.extractall strips `..` itself)
        zf.extractall(dest)


def unpack_tar(upload_path, dest):
    with tarfile.open(upload_path) as tar:
        # ruleid: archive-entry-path-traversal
        tar.extractall(dest)


def unpack_tar_filtered(upload_path, dest):
    with tarfile.open(upload_path) as tar:
        # ok: archive-entry-path-traversal (extraction filter)
        tar.extractall(dest, filter="data")

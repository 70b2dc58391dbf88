import hashlib
import hmac


class User:
    def set_pin(self, pin):
        # ruleid: py-password-fast-hash
        self.pin_hash = hashlib.md5(pin.encode("utf-8")).hexdigest()

    def check_pin(self, pin):
        # ruleid: py-password-fast-hash
        return hmac.compare_digest(self.pin_hash, hashlib.sha1(pin.encode()).hexdigest())

    def spin_id(self, spinner):
        # ok: py-password-fast-hash
        return hashlib.md5(spinner.encode()).hexdigest()

    def pinned_version(self, pinned):
        # ok: py-password-fast-hash
        return hashlib.sha256(pinned.encode()).hexdigest()

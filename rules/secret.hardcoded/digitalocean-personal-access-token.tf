provider "digitalocean" {
  # ruleid: digitalocean-personal-access-token
  token = "dop_v1_061a6433eb7bed9945606a98cea4aaaf05bcd8061cdb554a6577d5ae6480828e"
}
provider "digitalocean" {
  # ok: digitalocean-personal-access-token
  token = var.do_token
}

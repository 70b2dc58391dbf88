import yaml


def parse(text, stream):
    # ruleid: py-yaml-unsafe-load
    a = yaml.load(text)
    # ruleid: py-yaml-unsafe-load
    b = yaml.load(text, Loader=yaml.Loader)
    # ruleid: py-yaml-unsafe-load
    c = yaml.unsafe_load(text)
    # ruleid: py-yaml-unsafe-load
    d = list(yaml.load_all(stream, Loader=yaml.UnsafeLoader))
    # ok: py-yaml-unsafe-load
    e = yaml.safe_load(text)
    # ok: py-yaml-unsafe-load
    f = yaml.load(text, Loader=yaml.SafeLoader)
    # ok: py-yaml-unsafe-load
    g = yaml.load(text, yaml.CSafeLoader)
    # ok: py-yaml-unsafe-load
    h = yaml.load(text, Loader=yaml.FullLoader)
    # ok: py-yaml-unsafe-load
    i = list(yaml.safe_load_all(stream))
    return a, b, c, d, e, f, g, h, i

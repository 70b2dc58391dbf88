import yaml


def import_workflow(text):
    return yaml.full_load(text)


def load_config(path):
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)

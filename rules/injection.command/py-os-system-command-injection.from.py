from os import system


def run(name):
    # ruleid: py-os-system-command-injection
    system("echo " + name)


class Machine:
    def system(self, cmd):
        return cmd

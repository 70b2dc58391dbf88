# fixture-path: app/tasks.py
# A to-do app's task helpers: tasks.py alone does not make a job module.


def due_label(task):
    try:
        return task.due.strftime("%d %b")
    # ok: background-job-swallows-errors
    except Exception:
        pass
    return ""

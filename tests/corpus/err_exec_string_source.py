# Frames of exec'd code ("<string>") have no source line to show.
def run(code):
    exec(code)


run("x = 1\ny = x / 0\n")

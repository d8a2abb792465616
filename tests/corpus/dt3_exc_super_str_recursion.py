class AppError(Exception):
    def __str__(self):
        return "[1] " + super().__str__()
print(str(AppError("x")))

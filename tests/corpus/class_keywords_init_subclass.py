class Base:
    registry = {}
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry[tag] = cls.__name__
class A(Base, tag="a"): pass
class B(Base, tag="b"): pass
class C(Base): pass
print(Base.registry, A.tag, C.tag)
class M(metaclass=type): pass
print(M.__name__)
try:
    class Bad(object, flag=1): pass
except TypeError as e:
    print(e)

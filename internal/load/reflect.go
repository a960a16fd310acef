package load

import "reflect"

func reflectValue(v any) reflect.Value {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		panic("load: target must be a non-nil pointer")
	}
	return rv.Elem()
}

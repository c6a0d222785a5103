import { render } from 'preact';
import { statement } from '@/data';
import { ReaderApp } from './App';

render(<ReaderApp statement={statement} />, document.getElementById('app')!);
